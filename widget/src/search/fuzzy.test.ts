import { describe, expect, it } from 'vitest';
import { createVocabularyMatcher } from './fuzzy.ts';

const words: [string, string][] = [
  ['factura', 'factur'], ['portabilidad', 'portabil'], ['password', 'password'], ['voicemail', 'voicemail'],
  ['whether', 'whether'], ['recarga', 'recarg'], ['catalog', 'catalog'], ['cancel', 'cancel'], ['devolucion', 'devolu'],
];

describe('typo correction against the FAQ vocabulary', () => {
  const matcher = createVocabularyMatcher(() => words);

  it.each([
    ['fatura', 'factur'], ['portavilidad', 'portabil'], ['pasword', 'password'], ['voicemial', 'voicemail'], ['devolusion', 'devolu'],
  ])('corrects %s to the term %s', (typo, term) => {
    const c = matcher.correct(typo);
    expect(c?.term).toBe(term);
    expect(c!.similarity).toBeGreaterThan(0.8);
    expect(c!.similarity).toBeLessThan(1);
  });

  it.each(['weather', 'receta', 'capital', 'france'])('does not turn the unrelated word %s into a FAQ word', (word) => {
    expect(matcher.correct(word)).toBeUndefined();
  });

  it('takes a swap of two letters in a short word as one typo', () => {
    expect(createVocabularyMatcher(() => [['card', 'card']]).correct('crad')?.term).toBe('card');
  });

  it('between equally close words, prefers the one that starts like the typo', () => {
    const m = createVocabularyMatcher(() => [['cord', 'cord'], ['port', 'port']]);
    expect(m.correct('pord')?.term).toBe('port');
  });

  it('leaves short words and numbers alone', () => {
    expect(matcher.correct('fac')).toBeUndefined();
    expect(matcher.correct('12345')).toBeUndefined();
  });

  it('gathers the word list once, on the first correction', () => {
    let calls = 0;
    const m = createVocabularyMatcher(() => { calls++; return words; });
    expect(calls).toBe(0);
    m.correct('fatura');
    m.correct('pasword');
    expect(calls).toBe(1);
  });
});
