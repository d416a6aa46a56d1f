/**
 * The hits the panel lists for a search: none when the engine decided that
 * nothing answers it. The panel and the recorder both go by this, so an
 * event never names hits the customer did not see.
 */
import type { SearchHit, SearchResult } from './engine.ts';

export function shownHits(result: SearchResult): SearchHit[] {
  return result.decision === 'none' ? [] : result.hits;
}
