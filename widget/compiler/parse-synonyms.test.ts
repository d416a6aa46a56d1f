import { describe, expect, it } from 'vitest';
import { parseSynonyms } from './parse-synonyms.ts';

describe('parseSynonyms', () => {
  it('accepts "a = b" strings and lists', () => {
    expect(parseSynonyms(['reembolso = devolución = reintegro', ['envío', 'entrega']])).toEqual({
      groups: [
        ['reembolso', 'devolución', 'reintegro'],
        ['envío', 'entrega'],
      ],
      problems: [],
    });
  });

  it('reports groups with fewer than two words and bad items by index', () => {
    const { groups, problems } = parseSynonyms(['solo', 'a = b', 42]);
    expect(groups).toEqual([['a', 'b']]);
    expect(problems.map((p) => p.index)).toEqual([0, 2]);
  });
});
