/**
 * Table types for Kysely. `results` is JSON text; `helpful` is 0/1;
 * `at` and `received_at` are epoch milliseconds.
 */
export interface EventsTable {
  id: string;
  v: number;
  site: string;
  session: string;
  type: string;
  reason: string | null;
  decision: string | null;
  query: string | null;
  locale: string;
  path: string;
  entry: string | null;
  helpful: number | null;
  comment: string | null;
  results: string | null;
  dropped: number | null;
  at: number;
  received_at: number;
  /** The notice of a `notice_shown` / `notice_read` event ("n12"), else null (migration 0009_notices). */
  notice: string | null;
}

/** Drops the browser outbox reported at batch level, once per batch (keyed by its first event id). */
export interface OutboxDropsTable {
  batch_id: string;
  site: string;
  dropped: number;
  received_at: number;
}

export interface DatabaseSchema {
  events: EventsTable;
  outbox_drops: OutboxDropsTable;
}
