/**
 * The durable outbox's public shape, shared by the event recorder (issue
 * "unanswered questions") and the human hand-off (issue "hand-off"). Types
 * only. Everything that leaves the browser for the collector goes through it:
 * written to IndexedDB before any send, removed only when the collector
 * acknowledges it, retried with backoff, flushed when the page is hidden.
 */

/** One thing to deliver. `kind` picks the collector endpoint. */
export interface OutboxItem {
  /** Unique, time-ordered id (Date.now().toString(36) + random): the collector deduplicates by it. */
  id: string;
  /**
   * "event" → POST /v1/events (batched); "handoff" → POST /v1/handoffs (one
   * per request); "attachment" → POST `path`, the Blob as the body (a
   * hand-off's file: its id is older than its hand-off's, so it goes first).
   */
  kind: 'event' | 'handoff' | 'attachment';
  /** The JSON body part: one event (v1 schema, widget/src/events/schema.ts) or one hand-off; an attachment's Blob (IndexedDB keeps it). */
  body: unknown;
  /** Where an item that is not an event goes (with its query), if not to /v1/handoffs. */
  path?: string;
}

export interface Outbox {
  /** Store durably, then try to send soon. Never throws into the page. */
  add(item: OutboxItem): Promise<void>;
  /** Try to send everything now (after `online`, on a timer, or as a beacon when the page is hidden). */
  flush(reason?: 'online' | 'hidden' | 'timer' | 'start'): Promise<void>;
  /** Items waiting (for "saved, it will be sent when you are back online"). */
  pending(): Promise<number>;
  /** Called with the ids the collector acknowledged. */
  onDelivered(listener: (ids: string[]) => void): () => void;
}
