import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';
import { acceptedLanguages, formatLocale, isLanguage, LANGUAGES, loadStrings, pickLanguage } from './languages.ts';

/** Every leaf of a strings object as [path, value]. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}
const placeholders = (text: unknown): string[] => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the dashboard strings', () => {
  const files = { en, es };

  it('has the same keys in every language, each a non-empty string', () => {
    const keys = leaves(en).map(([k]) => k);
    for (const [lang, strings] of Object.entries(files)) {
      expect(leaves(strings).map(([k]) => k), lang).toEqual(keys);
      for (const [key, value] of leaves(strings)) expect(typeof value === 'string' && value.trim() !== '', `${lang} ${key}`).toBe(true);
    }
  });

  it('uses the same placeholders in every language (a plural form may leave out {n})', () => {
    const english = new Map(leaves(en));
    for (const [key, value] of leaves(es)) {
      const pluralForm = /\.(zero|one|two|few|many|other)$/.test(key);
      const wanted = placeholders(english.get(key) ?? english.get(key.replace(/\.\w+$/, '.other')));
      const found = placeholders(value);
      expect(pluralForm ? found.filter((p) => p !== 'n') : found, `es ${key}`).toEqual(pluralForm ? wanted.filter((p) => p !== 'n') : wanted);
    }
  });

  it('is written for Spanish readers: opening ¿ and ¡, «quotes», no English left untranslated', () => {
    const spanish = leaves(es).filter(([k]) => !k.startsWith('csv.'));
    for (const [key, value] of spanish) {
      const text = String(value);
      if (text.includes('?')) expect(text, key).toContain('¿');
      if (text.includes('!')) expect(text, key).toContain('¡');
      expect(text, key).not.toMatch(/“|”/);
    }
    // The same in both languages only where Spanish says it the same way (a command line is a command line).
    const english = new Map(leaves(en));
    expect(spanish.filter(([k, v]) => v === english.get(k)).map(([k]) => k)).toEqual(['none', 'shell.who', 'measures.entryColumns.no', 'tokens.command']);
  });

  it('labels every reason and group status', () => {
    expect(Object.keys(es.reasons)).toEqual(['no_match', 'weak_match', 'not_helpful', 'gave_up', 'asked_human', 'answered_wrongly', 'rephrased', 'came_back', 'nothing_read']);
    expect(Object.keys(es.statuses)).toEqual(['open', 'drafted', 'published', 'verified']);
  });
});

describe('picking the language', () => {
  it('lists the languages, each one loadable as its own chunk', async () => {
    expect(LANGUAGES).toEqual(['en', 'es']);
    expect(await loadStrings('es')).toBe(es);
    expect(await loadStrings('en')).toBe(en);
    expect([isLanguage('es'), isLanguage('en'), isLanguage('fr'), isLanguage('ES'), isLanguage(null), isLanguage('toString')]).toEqual([true, true, false, false, false, false]);
  });

  it("takes the first of the browser's languages the dashboard speaks, else English", () => {
    expect(pickLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(pickLanguage(['fr-FR', 'ES', 'en'])).toBe('es');
    expect(pickLanguage(['en-GB', 'es'])).toBe('en');
    expect(pickLanguage(['fr', 'de'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it("formats in the browser's own variant of the language, else in the language", () => {
    expect(formatLocale('es', ['es-MX', 'en'])).toBe('es-MX');
    expect(formatLocale('es', ['en-US'])).toBe('es');
    expect(formatLocale('en', ['es-ES', 'en-GB'])).toBe('en-GB');
    expect(formatLocale('es', ['es-!!'])).toBe('es');
  });

  it('reads Accept-Language by weight', () => {
    expect(acceptedLanguages('es-ES,es;q=0.9,en;q=0.8')).toEqual(['es-ES', 'es', 'en']);
    expect(acceptedLanguages('en;q=0.5, es-MX , fr;q=0, *;q=0.1')).toEqual(['es-MX', 'en']);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});
