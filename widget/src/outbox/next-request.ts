import type { StoredItem } from './outbox-store.ts';
import { toJson } from './to-json.ts';

/** Most events per batch (the collector takes 100)... */
export const MAX_BATCH_ITEMS = 100;
/** ...and bytes of events per batch (the collector takes 64 KB; the rest is margin for the envelope). */
export const MAX_BATCH_BYTES = 60 * 1024;

export interface OutboxRequest {
  items: StoredItem[];
  /** Path on the collector (an attachment's, with its query). */
  path: string;
  /** JSON text, or an attachment's bytes. */
  body: string | Blob;
  /** `dropped` reported in this request. */
  dropped: number;
}

/**
 * The request for the oldest items: a hand-off alone to /v1/handoffs (its
 * files, alone each, to their own path before it: their ids are older), or a
 * batch of consecutive events (≤ 100, ≤ 60 KB) to /v1/events as
 * `{ site, sent_at, events, dropped? }`, where `dropped` adds up the drops
 * the batch's items carry and `lost` (events refused earlier). The JSON is
 * written by to-json.ts, whatever the page did to the built-in prototypes.
 */
export function nextRequest(items: StoredItem[], site: string, now: number, lost = 0): OutboxRequest | undefined {
  const first = items[0];
  if (!first) return undefined;
  if (first.kind !== 'event') return { items: [first], path: first.path ?? '/v1/handoffs', body: first.path ? (first.body as Blob) : toJson(first.body), dropped: 0 };
  const batch: StoredItem[] = [];
  let bytes = 0;
  let dropped = lost;
  for (const item of items) {
    if (item.kind !== 'event' || batch.length === MAX_BATCH_ITEMS || (batch.length && bytes + item.size > MAX_BATCH_BYTES)) break;
    batch.push(item);
    bytes += item.size + 1;
    dropped += item.dropped ?? 0;
  }
  dropped = Math.min(dropped, 1_000_000);
  const body = toJson({ site, sent_at: now, events: batch.map((i) => i.body), ...(dropped > 0 && { dropped }) });
  return { items: batch, path: '/v1/events', body, dropped };
}
