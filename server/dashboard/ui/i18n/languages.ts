/**
 * The dashboard's languages and how one is picked. Adding a language: a
 * folder like ./es/ (one file per page or section), a file like ./es.ts
 * assembling it, and one line in LOADERS. Each language is its own
 * chunk of the bundle, loaded when it is chosen. Plain TypeScript, no DOM:
 * the server imports it too (the preference's validation, CSV headers).
 */
import type { DashboardStrings } from './types.ts';

const LOADERS = {
  en: () => import('./en.ts').then((m) => m.en),
  es: () => import('./es.ts').then((m) => m.es),
} satisfies Record<string, () => Promise<DashboardStrings>>;

export type Language = keyof typeof LOADERS;
export const LANGUAGES = Object.keys(LOADERS) as Language[];
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(tag: unknown): tag is Language {
  return typeof tag === 'string' && Object.hasOwn(LOADERS, tag);
}

export function loadStrings(lang: Language): Promise<DashboardStrings> {
  return LOADERS[lang]();
}

const primary = (tag: string): string => tag.toLowerCase().split('-')[0]!;

/** The first of the browser's languages (navigator.languages, Accept-Language) the dashboard speaks, else English. */
export function pickLanguage(tags: readonly string[]): Language {
  return tags.map(primary).find(isLanguage) ?? DEFAULT_LANGUAGE;
}

/**
 * The locale that formats dates and numbers in `lang`: the browser's own
 * variant of it when it has one ("es-MX" for a browser in Mexican Spanish),
 * else the language itself ("es": Spain's conventions).
 */
export function formatLocale(lang: Language, tags: readonly string[]): string {
  const own = tags.find((tag) => primary(tag) === lang);
  try {
    return own && Intl.NumberFormat.supportedLocalesOf(own).length ? own : lang;
  } catch {
    return lang;
  }
}

/** Accept-Language's tags, most wanted first ("es-ES,es;q=0.9,en;q=0.8" → es-ES, es, en). */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean) ?? 1);
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((l) => l.tag && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((l) => l.tag);
}
