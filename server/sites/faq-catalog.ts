/**
 * The sites' FAQs on the server: each site's `faq` (ayuda.config.json or
 * the dashboard's Sites page) names its whole `faq-index.json`, a file or
 * an http(s) URL. The catalog loads it on first use, keeps it, and looks
 * for a new build at most once a minute (the file's mtime and size; the
 * URL's ETag, sent back as If-None-Match). It gives the site's search
 * engine (the widget's own, widget/src/search/engine.ts) and its entries'
 * titles. A missing or broken index never fails the collector: it is
 * logged once (again only when the problem changes) and the site has no
 * FAQ, or keeps the last good one it had.
 *
 * @example
 * const faqs = createFaqCatalog({ sourceOf: (key) => sites.get(key)?.faq, log: (m) => app.log.warn(m) });
 * const faq = await faqs.get('demo'); // undefined: no FAQ
 * faq?.titles.get('devolver-pedido'); // '¿Cómo devuelvo un pedido?'
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createSearchEngine, type SearchEngine } from '../../widget/src/search/engine.ts';
import type { FaqIndex } from '../../widget/src/search/index-format.ts';
import { isFaqUrl } from '../config/config.ts';

export interface SiteFaq {
  /** Hash of the index's bytes: a new build that changes anything has a new one. */
  version: string;
  engine: SearchEngine;
  /** Each entry's question, by id. */
  titles: ReadonlyMap<string, string>;
}

export interface FaqState {
  source: string;
  /** Entries of the loaded index, when one is loaded. */
  entries?: number;
  /** Why the index could not be (re)loaded, last time it was tried. */
  problem?: string;
}

export interface FaqCatalog {
  /** The site's FAQ, loaded or re-checked as needed; undefined when it has none (or none could be read yet). */
  get(site: string): Promise<SiteFaq | undefined>;
  /** What the last load of the site's FAQ gave (after `get`); undefined when the site names none. */
  state(site: string): FaqState | undefined;
}

export interface FaqCatalogOptions {
  sourceOf(site: string): string | undefined;
  /** Problems, once each. */
  log?(message: string): void;
  /** Look for a new build at most this often (default 60 s). */
  recheckMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

/** A larger index is refused (the demo's 126 entries take 0.2 MB). */
export const MAX_INDEX_BYTES = 64 * 1024 * 1024;

interface Cached {
  source: string;
  checkedAt: number;
  /** File: "mtime:size"; URL: the ETag (or the body's hash). */
  tag?: string;
  faq?: SiteFaq;
  problem?: string;
  loading?: Promise<SiteFaq | undefined>;
}

export function createFaqCatalog(options: FaqCatalogOptions): FaqCatalog {
  const recheckMs = options.recheckMs ?? 60_000;
  const now = options.now ?? Date.now;
  const fetcher = options.fetch ?? fetch;
  const cache = new Map<string, Cached>();

  /** The index's text when it changed since `tag`, else undefined. */
  async function readChanged(source: string, tag: string | undefined): Promise<{ tag?: string; text?: string }> {
    if (!isFaqUrl(source)) {
      const path = resolve(source);
      const { mtimeMs, size } = await stat(path);
      const next = `${mtimeMs}:${size}`;
      if (next === tag) return { tag };
      if (size > MAX_INDEX_BYTES) throw new Error(`larger than ${MAX_INDEX_BYTES} bytes`);
      return { tag: next, text: await readFile(path, 'utf8') };
    }
    const response = await fetcher(source, { headers: tag ? { 'if-none-match': tag } : {}, signal: AbortSignal.timeout(15_000) });
    if (response.status === 304) return { tag };
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    if (Number(response.headers.get('content-length') ?? 0) > MAX_INDEX_BYTES) throw new Error(`larger than ${MAX_INDEX_BYTES} bytes`);
    const text = await response.text();
    const next = response.headers.get('etag') ?? hash(text);
    return next === tag ? { tag } : { tag: next, text };
  }

  async function load(site: string, entry: Cached): Promise<SiteFaq | undefined> {
    try {
      const { tag, text } = await readChanged(entry.source, entry.faq ? entry.tag : undefined);
      if (text !== undefined) {
        const version = hash(text);
        if (version !== entry.faq?.version) entry.faq = toFaq(text, version);
      }
      entry.tag = tag;
      entry.problem = undefined;
    } catch (err) {
      const problem = describe(err);
      if (problem !== entry.problem) options.log?.(`site "${site}": cannot load its FAQ index ${entry.source}: ${problem}${entry.faq ? ' (the last one loaded stays in use)' : ' (no entry titles or learned alternates until it can be read)'}`);
      entry.problem = problem;
    }
    entry.checkedAt = now();
    return entry.faq;
  }

  return {
    async get(site) {
      const source = options.sourceOf(site);
      let entry = cache.get(site);
      if (!source) {
        cache.delete(site);
        return undefined;
      }
      if (!entry || entry.source !== source) cache.set(site, (entry = { source, checkedAt: -Infinity }));
      if (entry.loading) return entry.loading;
      if (now() - entry.checkedAt < recheckMs) return entry.faq;
      const current = entry;
      current.loading = load(site, current).finally(() => {
        current.loading = undefined;
      });
      return current.loading;
    },
    state(site) {
      const entry = cache.get(site);
      if (!entry || entry.source !== options.sourceOf(site)) return undefined;
      return { source: entry.source, ...(entry.faq ? { entries: entry.faq.titles.size } : {}), ...(entry.problem ? { problem: entry.problem } : {}) };
    },
  };
}

function toFaq(text: string, version: string): SiteFaq {
  let index: FaqIndex;
  try {
    index = JSON.parse(text) as FaqIndex;
  } catch {
    throw new Error('not valid JSON (point it at the faq-index.json that `ayuda build` writes)');
  }
  const engine = createSearchEngine(index);
  return { version, engine, titles: new Map(engine.entries.map((e) => [e.id, e.question])) };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A short reason that never echoes the file's content. */
function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file (run `ayuda build` first)';
  if (code) return `cannot read it (${code})`;
  if ((err as Error).name === 'TimeoutError') return 'no answer within 15 s';
  const cause = (err as { cause?: { code?: string } }).cause?.code;
  if (cause) return `cannot fetch it (${cause})`;
  return err instanceof Error ? err.message.slice(0, 200) : String(err).slice(0, 200);
}
