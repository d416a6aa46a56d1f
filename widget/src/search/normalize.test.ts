import { describe, it, expect } from 'vitest';
import { fold, tokenize } from './normalize.ts';

describe('fold', () => {
  it('folds case and accents the way customers type on phones', () => {
    expect(fold('Teléfono')).toBe('telefono');
    expect(fold('ñ')).toBe('n');
    expect(fold('CONTRASEÑA')).toBe('contrasena');
    expect(fold('ÁÉÍÓÚÜ àèç')).toBe('aeiouu aec');
  });

  it('drops straight, curly and typographic apostrophes inside words', () => {
    expect(fold("don't")).toBe('dont');
    expect(fold('it’s')).toBe('its');
    expect(fold('it`s')).toBe('its');
  });

  it('folds compatibility forms (full-width letters, ligatures)', () => {
    expect(fold('ＡＢＣ １２３')).toBe('abc 123');
    expect(fold('ﬁle')).toBe('file');
  });
});

describe('tokenize', () => {
  it('splits on punctuation and spaces and keeps numbers', () => {
    expect(tokenize('¿Cómo cancelo mi pedido #LU-1234?')).toEqual(['como', 'cancelo', 'mi', 'pedido', 'lu', '1234']);
  });

  it('keeps contractions as one word', () => {
    expect(tokenize("I don't know what's wrong")).toEqual(['i', 'dont', 'know', 'whats', 'wrong']);
    expect(tokenize('It’s broken')).toEqual(['its', 'broken']);
  });

  it('accented and accentless spellings give the same tokens', () => {
    expect(tokenize('Devolución del teléfono')).toEqual(tokenize('devolucion del telefono'));
  });

  it('keeps tokens in non-Latin scripts', () => {
    expect(tokenize('Привет, мир!')).toEqual(['привет', 'мир']);
    expect(tokenize('你好 東京')).toEqual(['你好', '東京']);
    expect(tokenize('مرحبا بك')).toEqual(['مرحبا', 'بك']);
    expect(tokenize('Ελλάδα')).toEqual(['ελλαδα']);
  });

  it('gives no tokens for empty input or punctuation only', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('   ')).toEqual([]);
    expect(tokenize('?!... -- ¿¡')).toEqual([]);
  });
});
