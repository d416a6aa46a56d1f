/**
 * Picking UI strings by language. The strings themselves (./languages.ts)
 * travel in the FAQ index, written by `ayuda build`, so the widget script
 * carries no word of any language.
 */
import type { PluralForms, UiStrings } from './types.ts';

export type { PluralForms, UiStrings };

/** Strings for a BCP 47 tag: the exact tag, then its language ("es-MX" → "es"), then English. */
export function stringsFor(languages: Record<string, UiStrings>, lang: string): UiStrings {
  const tag = lang.toLowerCase();
  return languages[tag] ?? languages[tag.split('-')[0]!] ?? languages.en!;
}

/** Right-to-left scripts: Arabic, Hebrew, Persian, Urdu. */
export function isRtl(lang: string): boolean {
  return /^(ar|he|fa|ur)\b/i.test(lang);
}

/** The plural form for `n` in `lang`, with `{n}` filled in. */
export function plural(forms: PluralForms, n: number, lang: string): string {
  return (forms[new Intl.PluralRules(lang).select(n)] ?? forms.other).replace('{n}', String(n));
}
