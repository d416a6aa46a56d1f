import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeIds, encodeIds, packWords, unpackWords } from './packed.ts';

describe('packed index data', () => {
  it('term ids: sorted deltas in base 36, repeats kept', () => {
    expect(encodeIds([11, 0, 1, 0])).toBe('0 0 1 a');
    expect(decodeIds('0 0 1 a')).toEqual([0, 0, 1, 11]);
    expect(decodeIds(encodeIds([]))).toEqual([]);
    fc.assert(fc.property(fc.array(fc.nat(100_000)), (ids) => {
      expect(decodeIds(encodeIds(ids))).toEqual([...ids].sort((a, b) => a - b));
    }));
  });

  it('words and terms: each after the prefix it shares with the one before', () => {
    expect(packWords(['devolucion', 'devoluciones', 'devolver'])).toBe('0devolucion,aes,5ver');
    expect(unpackWords('0devolucion,aes,5ver')).toEqual(['devolucion', 'devoluciones', 'devolver']);
    expect(unpackWords(packWords([]))).toEqual([]);
    const word = fc.stringMatching(/^[a-z0-9ñ]{1,50}( [a-z]{1,8})?$/);
    fc.assert(fc.property(fc.uniqueArray(word), (words) => {
      const sorted = [...words].sort();
      expect(unpackWords(packWords(sorted))).toEqual(sorted);
    }));
  });
});
