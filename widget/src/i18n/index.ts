/**
 * UI strings by language. Adding a language: one file like ./es.ts and one
 * line in LANGUAGES.
 */
import type { PluralForms, UiStrings } from './types.ts';
import { en } from './en.ts';
import { es } from './es.ts';

export type { PluralForms, UiStrings };

const LANGUAGES: Record<string, UiStrings> = {
  en,
  es,
};

/** Strings for a BCP 47 tag: the exact tag, then its language ("es-MX" → "es"), then English. */
export function stringsFor(lang: string): UiStrings {
  const tag = lang.toLowerCase();
  return LANGUAGES[tag] ?? LANGUAGES[tag.split('-')[0]!] ?? en;
}

/** Right-to-left scripts: Arabic, Hebrew, Persian, Urdu. */
export function isRtl(lang: string): boolean {
  return /^(ar|he|fa|ur)\b/i.test(lang);
}

/** The plural form for `n` in `lang`, with `{n}` filled in. */
export function plural(forms: PluralForms, n: number, lang: string): string {
  return (forms[new Intl.PluralRules(lang).select(n)] ?? forms.other).replace('{n}', String(n));
}
