/**
 * The two baselines `npm run eval` reports beside Ayuda's engine, over the
 * same FAQ: plain fuse.js with default options, and MiniSearch (BM25 with
 * Porter stemming, English stop words and fuzzy matching).
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import type { FaqEntry } from '../../widget/src/faq/types.ts';
import { stopwords } from '../../widget/src/search/stopwords.ts';

export type RankFn = (query: string) => string[];

export function plainFuse(entries: FaqEntry[]): RankFn {
  const fuse = new Fuse(entries, { keys: ['question', 'alternates'] });
  return (q) => fuse.search(q, { limit: 10 }).map((r) => r.item.id);
}

export function miniSearch(entries: FaqEntry[]): RankFn {
  const stop = stopwords('en');
  const ms = new MiniSearch<FaqEntry>({
    fields: ['question', 'alternates'],
    extractField: (doc, field) => (field === 'alternates' ? doc.alternates.join(' \n ') : String(doc[field as keyof FaqEntry] ?? '')),
    processTerm: (term) => {
      const t = term.toLowerCase();
      return stop.has(t) ? null : stemmer(t);
    },
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  ms.addAll(entries);
  return (q) => ms.search(q).slice(0, 10).map((r) => String(r.id));
}
