/**
 * The outbox tests' harness: an outbox over a Map, a fake clock starting at
 * `T0` and a scripted collector, plus items with time-ordered ids.
 * `useOutboxClock()` puts every test of a file on the fake clock and starts
 * the ids again.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import type { OutboxItem } from '../contract.ts';
import { createOutbox, type OutboxDeps, type Reply } from '../create-outbox.ts';
import { memoryStore } from '../memory-store.ts';
import type { StoredItem } from '../outbox-store.ts';

export const T0 = Date.UTC(2025, 0, 1);
let seq = 0;

/** An event item with a time-ordered id, and optionally a padded body of about `bytes`. */
export function ev(bytes = 0): OutboxItem {
  const id = `${(T0 + seq++).toString(36)}abcdefghijkl`;
  return { id, kind: 'event', body: { id, query: 'x'.repeat(bytes) } };
}

/** A hand-off item with the next time-ordered id, in order with the events. */
export function handoffItem(ref: string): OutboxItem {
  return { id: `${(T0 + seq++).toString(36)}handoff00000`, kind: 'handoff', body: { ref } };
}

/** A file of the hand-off `handoff` (an item id), with the next time-ordered id: made before its hand-off, it is older. */
export function attachmentItem(handoff: string, bytes = 'PNG'): OutboxItem {
  const id = `${(T0 + seq++).toString(36)}attach000000`;
  return { id, kind: 'attachment', path: `/v1/handoffs/attachments?site=demo&handoff=${handoff}&id=${id}&name=foto`, body: new Blob([bytes]) };
}

export interface Posted {
  url: string;
  at: number;
  body: { site: string; sent_at: number; events: { id: string }[]; dropped?: number; blob?: Blob };
}

/** An outbox over a Map, a fake clock and a scripted collector (replies in order, then 200). */
export function setup(over: Partial<OutboxDeps> & { replies?: (Reply | Promise<Reply>)[]; map?: Map<string, StoredItem> } = {}) {
  const map = over.map ?? new Map<string, StoredItem>();
  const posted: Posted[] = [];
  const replies = over.replies ?? [];
  const flag = vi.fn();
  let hidden = false;
  const deps: OutboxDeps = {
    collector: 'https://c.example',
    site: 'demo',
    store: memoryStore(map),
    post: vi.fn(async (url: string, body: string | Blob) => {
      posted.push({ url, at: Date.now(), body: typeof body == 'string' ? JSON.parse(body) : { blob: body } });
      return (await replies.shift()) ?? { status: 200 };
    }),
    lock: async (fn) => (await fn(), true),
    hidden: () => hidden,
    flag,
    now: () => Date.now(),
    random: () => 0.5,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    warn: vi.fn(),
    ...over,
  };
  const outbox = createOutbox(deps);
  const ids = () => posted.flatMap((p) => p.body.events.map((e) => e.id));
  return { outbox, map, posted, ids, flag, deps, hide: (h = true) => void (hidden = h) };
}

/** Each test on a fake clock at `T0`, with ids counted from there. */
export function useOutboxClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
    seq = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
