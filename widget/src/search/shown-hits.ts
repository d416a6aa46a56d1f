/**
 * The hits the panel lists for a search, and the recorder records: every
 * hit carries evidence (the engine ranks only entries that share a word with
 * the query or spell much like it), and the list stops where the scores fall
 * away from the best one instead of being padded with unrelated entries. The
 * decision does not empty the list: a `none` or `weak` search still shows what
 * came close, under "These might help", and is still recorded as unanswered.
 */
import type { SearchHit, SearchResult } from './engine.ts';

/** A hit is listed while its score is at least this share of the best hit's. */
export const SHOWN_SHARE = 0.45;

export function shownHits(result: SearchResult): SearchHit[] {
  const best = result.hits[0]?.score ?? 0;
  return result.hits.filter((h) => h.score >= best * SHOWN_SHARE);
}
