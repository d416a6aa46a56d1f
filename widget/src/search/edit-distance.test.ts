import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.ts';

describe('editDistance', () => {
  it.each([
    ['factura', 'factura', 0],
    ['fatura', 'factura', 1],
    ['voicemial', 'voicemail', 1],
    ['portavilidad', 'portabilidad', 1],
    ['weather', 'whether', 2],
    ['receta', 'recarga', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early above the limit', () => {
    expect(editDistance('capital', 'catalog', 1)).toBe(2);
  });
});
