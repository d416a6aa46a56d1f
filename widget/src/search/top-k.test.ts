import { describe, expect, it } from 'vitest';
import { topK } from './top-k.ts';

describe('topK', () => {
  it('returns the k best positive scores, best first, ties by position', () => {
    expect(topK([0.1, 0.5, 0, 0.5, 0.9, 0.2], 3)).toEqual([4, 1, 3]);
    expect(topK([0, 0, 0], 2)).toEqual([]);
    expect(topK([0.3], 5)).toEqual([0]);
  });

  it('matches a full sort on random scores', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 50; round++) {
      const scores = Array.from({ length: 200 }, () => (random() < 0.3 ? 0 : Math.round(random() * 20) / 20));
      const sorted = [...scores.keys()].filter((i) => scores[i]! > 0).sort((a, b) => scores[b]! - scores[a]! || a - b);
      expect(topK(scores, 10)).toEqual(sorted.slice(0, 10));
    }
  });
});
