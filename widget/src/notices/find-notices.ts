/**
 * Which notices a customer's question is about: the FAQ's search engine
 * over the notices' own index (server/notices/public-notices.ts builds it:
 * title, customers' words and "about" as phrasings; body and the related
 * FAQ entries as body text). Pure; the panel and the dashboard's counts of
 * questions on a notice's topic use the same function.
 */
import type { SearchEngine } from '../search/engine.ts';

/**
 * A hit this strong pins the notice: every query word the notices know is
 * in it, or most of a longer question is (scores are the share of the
 * query matched, blended with character similarity; ./find-notices.test.ts).
 */
export const NOTICE_MIN_SCORE = 0.45;

/** Ids of the notices `query` is about, best first. */
export function findNotices(engine: SearchEngine, query: string, locale: string): string[] {
  if (!query.trim()) return [];
  const { hits } = engine.search(query, { locale, limit: 3 });
  return [...new Set(hits.filter((h) => h.score >= NOTICE_MIN_SCORE).map((h) => h.id))];
}
