/**
 * From a validated event to the row stored for it. The `reason` column holds
 * the unanswered reason, explicit or derived (see widget/src/events/reason.ts),
 * so the dashboard can query unanswered questions through (site, reason).
 */
import type { AyudaEvent } from '../../widget/src/events/schema.ts';
import { unansweredReason } from '../../widget/src/events/reason.ts';
import type { EventsTable } from './schema.ts';

/** Column order of the prepared INSERT; {@link rowValues} follows it. */
export const EVENT_COLUMNS = [
  'id', 'v', 'site', 'session', 'type', 'reason', 'decision', 'query', 'locale', 'path',
  'entry', 'helpful', 'comment', 'results', 'dropped', 'at', 'received_at', 'notice',
] as const satisfies readonly (keyof EventsTable)[];

export function toRow(e: AyudaEvent, receivedAt: number): EventsTable {
  return {
    id: e.id,
    v: e.v,
    site: e.site,
    session: e.session,
    type: e.type,
    reason: unansweredReason(e) ?? null,
    decision: e.type === 'search' ? e.decision : null,
    query: 'query' in e && e.query !== undefined ? e.query : null,
    locale: e.locale,
    path: e.path,
    entry: 'entry' in e && e.entry !== undefined ? e.entry : null,
    helpful: e.type === 'feedback' ? (e.helpful ? 1 : 0) : null,
    comment: 'comment' in e && e.comment !== undefined ? e.comment : null,
    results: 'results' in e && e.results !== undefined ? JSON.stringify(e.results) : null,
    dropped: e.dropped ?? null,
    at: e.at,
    received_at: receivedAt,
    notice: 'notice' in e ? e.notice : null,
  };
}

/** The row as positional parameters, in {@link EVENT_COLUMNS} order. */
export function rowValues(row: EventsTable): (string | number | null)[] {
  return EVENT_COLUMNS.map((c) => row[c]);
}
