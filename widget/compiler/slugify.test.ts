import { describe, expect, it } from 'vitest';
import { slugify } from './slugify.ts';

describe('slugify', () => {
  it('lowercases, strips accents and punctuation', () => {
    expect(slugify('¿Cómo devuelvo un pedido?')).toBe('como-devuelvo-un-pedido');
    expect(slugify("Can't log in — help!")).toBe('can-t-log-in-help');
    expect(slugify('Ñandú  PINGÜINO')).toBe('nandu-pinguino');
  });

  it('keeps at most 60 characters, cutting between words', () => {
    const slug = slugify('¿Qué pasa si mi pedido llega dañado o incompleto y quiero que me lo cambien por otro?');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('que-pasa-si-mi-pedido-llega-danado-o-incompleto-y-quiero-que');
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(60));
  });
});
