/**
 * The user's language at work: its strings (`s`), numbers and dates in its
 * locale (../components/format.ts), plural forms by Intl.PluralRules and
 * `{name}` placeholders filled in. Pages get it from `useI18n()`
 * (./context.tsx); tests make one with `createI18n`.
 */
import { createFormat, type Format } from '../components/format.ts';
import type { Language } from './languages.ts';
import type { DashboardStrings, PluralForms } from './types.ts';

export interface I18n extends Format {
  lang: Language;
  /** The locale of numbers and dates ("es", "es-MX"). */
  locale: string;
  s: DashboardStrings;
  /** `template` with each `{name}` replaced by `vars[name]` (a number formatted); unknown names stay. */
  fill(template: string, vars: Record<string, string | number>): string;
  /** The form of `forms` for `n`, with `{n}` (formatted) and `vars` filled in. */
  plural(forms: PluralForms, n: number, vars?: Record<string, string | number>): string;
  /** The form of `forms` for `n`, placeholders left for `rich()`. */
  pluralForm(forms: PluralForms, n: number): string;
  /** A reason key ("no_match") as a label; an unknown key as it is. */
  reason(key: string): string;
  /** "No match 5 · Gave up 2", largest first. */
  reasons(counts: Record<string, number>): string;
  /** A group's status as a label. */
  status(key: string): string;
  /** A language's name in the user's language, as in a sentence ("inglés", "English"). */
  languageName(tag: string): string;
}

export function createI18n(s: DashboardStrings, lang: Language, locale: string = lang): I18n {
  const format = createFormat(locale, s.dates);
  const rules = new Intl.PluralRules(locale);
  const fill = (template: string, vars: Record<string, string | number>): string =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      return value === undefined ? whole : typeof value === 'number' ? format.number(value) : value;
    });
  const pluralForm = (forms: PluralForms, n: number): string => forms[rules.select(n)] ?? forms.other;
  const label = (labels: Record<string, string>, key: string): string => (Object.hasOwn(labels, key) ? labels[key]! : key);
  return {
    ...format,
    lang,
    locale,
    s,
    fill,
    plural: (forms, n, vars = {}) => fill(pluralForm(forms, n), { ...vars, n }),
    pluralForm,
    reason: (key) => label(s.reasons, key),
    reasons: (counts) =>
      Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .map(([r, n]) => `${label(s.reasons, r)} ${format.number(n)}`)
        .join(' · '),
    status: (key) => label(s.statuses, key),
    languageName: (tag) => languageName(tag, locale),
  };
}

/** The name of language `tag` in `locale` ("es", "en" → "Spanish"); `capital` for a menu item ("es", "es" → "Español"). */
export function languageName(tag: string, locale: string, capital = false): string {
  const name = new Intl.DisplayNames(locale, { type: 'language' }).of(tag) ?? tag;
  return capital ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : name;
}
