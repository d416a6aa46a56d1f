import { describe, expect, test } from 'vitest';
import { isRtl, plural, stringsFor } from './index.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { LANGUAGES } from './languages.ts';

describe('stringsFor', () => {
  test('falls back from a regional tag to its language, then to English', () => {
    expect(stringsFor(LANGUAGES, 'es-MX')).toBe(es);
    expect(stringsFor(LANGUAGES, 'ES')).toBe(es);
    expect(stringsFor(LANGUAGES, 'en-GB')).toBe(en);
    expect(stringsFor(LANGUAGES, 'de')).toBe(en);
  });

  test('every language has every string, non-empty', () => {
    for (const strings of [es, en]) {
      for (const [key, value] of Object.entries(strings)) expect(value, key).toBeTruthy();
    }
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('plural', () => {
  test('picks the form of the language', () => {
    expect(plural(es.resultCount, 1, 'es')).toBe('1 resultado');
    expect(plural(es.resultCount, 3, 'es')).toBe('3 resultados');
    expect(plural(en.resultCount, 1, 'en')).toBe('1 result');
    expect(plural(en.resultCount, 2, 'en')).toBe('2 results');
  });

  test('falls back to "other" for a category the language file lacks', () => {
    expect(plural({ other: '{n} x' }, 2, 'ar')).toBe('2 x');
  });
});

test('isRtl', () => {
  expect(['ar', 'he', 'fa-IR', 'ur'].map(isRtl)).toEqual([true, true, true, true]);
  expect(['es', 'en', 'fr', 'hex'].map(isRtl)).toEqual([false, false, false, false]);
});
