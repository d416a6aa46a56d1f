/**
 * A panel event as a journey item: searches with their top results, answers
 * read (and for how long), "did this help" answers with their comment.
 * Other events (open, close, gave_up) leave no item.
 */
import type { PanelEvent } from '../../core/contract.ts';
import type { JourneyItem } from './types.ts';
import { shownHits } from '../../search/shown-hits.ts';

/** Top results kept per search. */
export const RESULTS_KEPT = 3;

export function itemFromEvent(event: PanelEvent, titleOf: (entryId: string) => string, at: number, path: string, id: string): JourneyItem | undefined {
  switch (event.type) {
    case 'search':
      return {
        id,
        at,
        path,
        kind: 'search',
        query: event.result.query.trim().slice(0, 500),
        decision: event.result.decision,
        results: shownHits(event.result).slice(0, RESULTS_KEPT).map((hit) => ({ id: hit.id, title: titleOf(hit.id) })),
      };
    case 'answer_read':
      return {
        id,
        at,
        path,
        kind: 'read',
        entry: event.entryId,
        title: titleOf(event.entryId),
        ...(event.ms !== undefined ? { ms: Math.max(0, Math.round(event.ms)) } : {}),
        ...(event.query?.trim() ? { query: event.query.trim().slice(0, 500) } : {}),
      };
    case 'feedback':
      return {
        id,
        at,
        path,
        kind: 'feedback',
        entry: event.entryId,
        title: titleOf(event.entryId),
        helpful: event.helpful,
        ...(event.comment?.trim() ? { comment: event.comment.trim().slice(0, 1000) } : {}),
      };
    default:
      return undefined;
  }
}
