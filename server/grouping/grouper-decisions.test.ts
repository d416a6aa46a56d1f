import { describe, expect, it } from 'vitest';
import { checkpoint, createGrouper, type Grouper, type Question } from './grouper.ts';
import { createPostings } from './vectors.ts';

const q = (words: string, entry?: string, score?: number): Question => ({ terms: words.split(' '), entry: entry ? { id: entry, score } : null });

/** Place and add each question; returns the group of each, as it is at the end. */
function feed(g: Grouper, questions: Question[], first = 1): number[] {
  let next = first;
  const protos = questions.map((question) => {
    const id = g.place(question).id ?? next++;
    g.add(id, question);
    return id;
  });
  return protos.map((id) => g.group(id));
}

describe('the closest entry', () => {
  it('joins different wordings that came closest to the same entry, in proportion to the search score', () => {
    const g = createGrouper({ mergeThreshold: 0 });
    const [a, b] = feed(g, [q('card arriv', 'card-arrival', 0.8), q('still wait post', 'card-arrival', 0.8)]);
    expect(a).toBe(b);
    const weak = createGrouper({ mergeThreshold: 0 });
    const [c, d] = feed(weak, [q('card arriv', 'card-arrival', 0.1), q('still wait post', 'card-arrival', 0.1)]);
    expect(c).not.toBe(d);
  });

  it('compares a question without an entry on words only', () => {
    const g = createGrouper({ mergeThreshold: 0 });
    const [a, b] = feed(g, [q('refund order', 'returns', 0.9), q('refund order')]);
    expect(a).toBe(b);
  });
});

describe('merges', () => {
  it('merges two groups whose members are alike on average, and keeps the larger one', () => {
    const g = createGrouper({ threshold: 0.7 });
    // Two prototypes of one problem (below the joining threshold), then they merge by average linkage.
    const ids = feed(g, [q('refund order late'), q('refund order late'), q('refund order late'), q('refund order'), q('refund order'), q('refund order')]);
    expect(new Set(ids).size).toBe(1);
  });

  it('does not chain: a merged group is not merged with a neighbour of only some of its members', () => {
    const g = createGrouper({ threshold: 0.9 });
    const ids = feed(g, [...Array(3).fill(q('card lost')), ...Array(3).fill(q('card fee')), ...Array(3).fill(q('fee refund'))]);
    // card-lost ~ card-fee: mean cosine 0.5; their group ~ fee-refund: (0 + 0.5) / 2.
    expect(ids[0]).toBe(ids[3]);
    expect(ids[6]).not.toBe(ids[0]);
  });

  it('never merges groups kept apart, until a lead merges them by hand', () => {
    const g = createGrouper({ threshold: 0.9 });
    g.apart(1, 2);
    const ids = feed(g, [q('refund order late'), q('refund order'), q('refund order late'), q('refund order'), q('refund order late'), q('refund order')]);
    expect(ids[0]).not.toBe(ids[1]);
    g.merge(ids[0]!, ids[1]!);
    expect(g.group(ids[1]!)).toBe(ids[0]);
    expect(g.vector(2)).toMatchObject({ mergedInto: 1 });
  });
});

describe('a lead\'s decisions', () => {
  it('sends questions like a merged group\'s prototype to the group it was merged into', () => {
    const g = createGrouper();
    const [a, b] = feed(g, [q('refund order'), q('password reset')]);
    g.merge(a!, b!);
    expect(g.group(g.place(q('reset password')).id!)).toBe(a);
  });

  it('starts a group from split questions and never merges it back automatically', () => {
    const g = createGrouper();
    feed(g, Array(4).fill(q('refund order')));
    g.split(1, 9, [q('refund order'), q('refund order')]);
    expect(g.group(9)).toBe(9);
    feed(g, Array(6).fill(q('refund order')), 20);
    expect(g.group(9)).toBe(9);
    expect(g.group(1)).toBe(1);
  });

  it('restores merged prototypes from their persisted vectors', () => {
    const a = createGrouper();
    feed(a, [q('refund order'), q('password reset')]);
    a.merge(1, 2);
    const b = createGrouper();
    b.load(a.vector(2)!);
    b.load(a.vector(1)!);
    expect(b.group(b.place(q('password reset')).id!)).toBe(1);
  });
});

describe('costs', () => {
  it('keeps at most `cap` groups per feature, those where it weighs most', () => {
    const p = createPostings(2);
    p.set('card', 1, 0.2);
    p.set('card', 2, 0.5);
    p.set('card', 3, 0.1);
    expect([...p.get('card')].map(([id]) => id).sort()).toEqual([1, 2]);
    p.set('card', 4, 0.9);
    expect([...p.get('card')].map(([id]) => id).sort()).toEqual([2, 4]);
    p.delete('card', 2);
    expect([...p.get('card')]).toEqual([[4, 0.9]]);
  });

  it('looks for merges at a bounded number of sizes', () => {
    const sizes = Array.from({ length: 10_000 }, (_, i) => i + 1).filter(checkpoint);
    expect(sizes.length).toBeLessThan(50);
    expect(sizes.slice(0, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
