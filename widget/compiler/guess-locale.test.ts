import { describe, expect, it } from 'vitest';
import { guessLocale } from './guess-locale.ts';

describe('guessLocale', () => {
  it('tells Spanish from English by function words', () => {
    expect(guessLocale('¿Cómo puedo cambiar la dirección de envío de mi pedido?')).toBe('es');
    expect(guessLocale('How can I change the shipping address of my order?')).toBe('en');
    expect(guessLocale('¿Factura?')).toBe('es');
  });
});
