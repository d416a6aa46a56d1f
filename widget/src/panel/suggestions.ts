/**
 * Entries offered before the customer types: the entries of the language
 * that name this page (`pages` patterns, "*" matches anything) or its
 * `data-context` (`context: category=aspiradoras`) in the FAQ; then the first
 * suggestion rule whose pattern matches the page's path (the script tag's
 * `data-suggest`, then the rules the collector learned from what
 * customers read on each page, added by the notices chunk:
 * widget/src/notices/main.ts); then popular entries of the language
 * (tagged "popular", else the FAQ's first ones).
 */
import type { AyudaOptions } from '../core/contract.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { IndexedEntry } from '../search/index-format.ts';

export const MAX_SUGGESTIONS = 5;

/** Whether `path` matches `pattern`, where "*" stands for any characters. */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The entries of `lang` ("es-mx" → "es-mx", then "es"), or of the FAQ's first language. */
export function entriesFor(engine: SearchEngine, lang: string): IndexedEntry[] {
  const want = lang.toLowerCase();
  const primary = want.split('-')[0];
  const exact = engine.entries.filter((e) => e.locale === want);
  if (exact.length) return exact;
  const same = engine.entries.filter((e) => e.locale.split('-')[0] === primary);
  return same.length ? same : engine.entries.filter((e) => e.locale === engine.entries[0]?.locale);
}

export function popularIds(engine: SearchEngine, lang: string): string[] {
  const mine = entriesFor(engine, lang);
  const popular = mine.filter((e) => e.tags.includes('popular'));
  return (popular.length ? popular : mine).slice(0, MAX_SUGGESTIONS).map((e) => e.id);
}

export function suggestedIds(engine: SearchEngine, options: AyudaOptions, lang: string, path: string): string[] {
  const rule = options.suggestions?.find((r) => pathMatches(r.pattern, path));
  const forPage = (rule?.ids ?? []).filter((id) => engine.entry(id));
  // `context` values come lower-cased from the build (key=value): the page's value is compared without case.
  const named = entriesFor(engine, lang).filter(
    (e) =>
      e.pages?.some((p) => pathMatches(p, path)) ||
      e.context?.some((c) => {
        const [key, value] = c.split('=');
        return `${options.context?.[key!]}`.toLowerCase() == value;
      }),
  );
  return [...new Set([...named.map((e) => e.id), ...forPage, ...popularIds(engine, lang)])].slice(0, MAX_SUGGESTIONS);
}
