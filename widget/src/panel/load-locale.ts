/**
 * Another locale's part of the FAQ index, loaded into the engine when a
 * query is written in it (`SearchResult.elsewhere`), with that language's
 * stemmer: fetched once per page (again after a failure). Resolves false when
 * the options name no such part (one index for every locale) or it fails.
 */
import type { AyudaOptions } from '../core/contract.ts';
import type { SearchEngine, SearchResult } from '../search/engine.ts';
import type { FaqIndex } from '../search/index-format.ts';
import { loadStemmers } from '../search/stem.ts';
import { loadAnswer } from './answers.ts';

const parts = new Map<string, Promise<FaqIndex | undefined>>();

export async function loadLocale(engine: SearchEngine, index: AyudaOptions['index'], locale: string, fetchFn: typeof fetch = fetch): Promise<boolean> {
  const url = typeof index === 'object' && !('format' in index) ? (index as Record<string, string>)[locale] : undefined;
  if (!url) return false;
  let p = parts.get(url);
  if (!p) {
    // As the core's fetch-index.ts does; the panel chunk imports none of the core's code.
    const part = fetchFn(url, { credentials: 'omit' }).then((r) => (r.ok ? (r.json() as Promise<FaqIndex>) : Promise.reject(new Error(`GET ${url}: HTTP ${r.status}`))));
    p = Promise.all([part, loadStemmers([locale])]).then(
      ([index]) => index,
      (error: unknown) => void (parts.delete(url), console.warn(`[ayuda] loading the ${locale} FAQ failed`, error)),
    );
    parts.set(url, p);
  }
  const part = await p;
  if (part) engine.add(part);
  return !!part;
}

/**
 * The public `ayuda.search()`: a search, and again once the other locales the
 * query may be in have loaded; its hits with their answers (fetched from their
 * chunks: an answer that cannot be fetched is left out).
 */
export async function find(engine: SearchEngine, index: AyudaOptions['index'], query: string, lang: string): Promise<SearchResult> {
  const first = engine.search(query, { locale: lang });
  const loaded = await Promise.all((first.elsewhere ?? []).map((locale) => loadLocale(engine, index, locale)));
  const result = loaded.some(Boolean) ? engine.search(query, { locale: lang }) : first;
  const answers = await Promise.all(result.hits.map((h) => loadAnswer(index, h.entry).catch(() => undefined)));
  return { ...result, hits: result.hits.map((h, i) => ({ ...h, entry: { ...h.entry, answerHtml: answers[i] } })) };
}
