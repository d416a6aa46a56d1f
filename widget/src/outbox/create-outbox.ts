/**
 * The durable outbox's logic, free of DOM, IndexedDB and network: those come
 * in through `deps` (widget/src/outbox/main.ts passes the browser's, tests a
 * Map, a fake clock and a fake collector).
 *
 * - `add` writes the item to the store before anything is sent, then sends
 *   within SEND_DELAY_MS, so events that come together share a batch.
 * - Sending takes the lock (one tab at a time), reads the store (items of
 *   every tab), and posts the oldest items first: batches of ≤ 100 events and
 *   ≤ 60 KB, each hand-off alone. An item leaves the store only when the
 *   collector acknowledged it (2xx) or refused it for what it holds: a 400
 *   naming `events[i]` drops that event alone (counted, and reported as
 *   `dropped` with the next batch) and resends the others; a 400 naming a
 *   hand-off's field drops that hand-off. A request refused as a whole for
 *   any other reason (403 for the origin, 404, a 400 about the envelope or
 *   with no JSON path) keeps its items (an attachment refused for what it
 *   is, 400/409/413/415 naming a field, is dropped alone), is reported once per page with a
 *   console warning naming the cause, and is tried again with backoff.
 * - Network errors, 408, 429 and 5xx are retried after `Retry-After` or
 *   exponential backoff with full jitter (retry-delay.ts); `online` retries
 *   at once after a network error.
 * - At most 1,000 items or 1 MB: beyond, the oldest events are dropped and
 *   their number travels with the newest item to the collector.
 * - When the page is hidden, what this page knows of is posted at once
 *   (keepalive, no lock: the page may be gone before a lock is granted); the
 *   items stay in the store until a reply acknowledges them, so a request
 *   lost with the page is sent again later (the collector keeps each id once).
 *
 * Nothing here throws into the page.
 */
import type { Outbox, OutboxItem } from './contract.ts';
import { nextRequest, type OutboxRequest } from './next-request.ts';
import { byId, type OutboxStore, type StoredItem } from './outbox-store.ts';
import { isRetryable, retryDelay } from './retry-delay.ts';
import { toJson } from './to-json.ts';

export const MAX_ITEMS = 1000;
export const MAX_BYTES = 1024 * 1024;
/** From the first item added to the first attempt to send it. */
export const SEND_DELAY_MS = 1000;
/** Another tab is sending: look again after this long. */
export const LOCKED_RETRY_MS = 3000;

export interface Reply {
  /** HTTP status; 0 when no reply came (network error, timeout). */
  status: number;
  retryAfter?: string | null;
  /** A 4xx's JSON path of the first bad field ("events[3].query"), from the collector's `{ error, path }`. */
  path?: string;
  /** A 4xx's error code from the collector (`origin_not_allowed`). */
  error?: string;
}

/**
 * The one item a refusal is about, if any: the event a 400 names
 * (`events[3].query`), or a hand-off whose field a 400 names. Anything else
 * (another status, the batch's own fields, no JSON path) refuses the request
 * as a whole, not for what its items hold.
 */
export function refusedItem(req: OutboxRequest, reply: Reply): StoredItem | undefined {
  // 409, 413 and 415 name a field only for an attachment (a 4th file, too large, not an image or PDF); elsewhere their path is "$".
  if (![400, 409, 413, 415].includes(reply.status) || !reply.path) return undefined;
  if (req.path !== '/v1/events') return reply.path === '$' ? undefined : req.items[0];
  const index = /^events\[(\d+)\]/.exec(reply.path)?.[1];
  return index === undefined ? undefined : req.items[+index];
}

const cause = ({ status, error, path }: Reply): string => `HTTP ${status}${error ? ' ' + error : ''}${path ? ' at ' + path : ''}`;


export interface OutboxDeps {
  /** Collector base URL, without a trailing slash. */
  collector: string;
  site: string;
  store: OutboxStore;
  /** POST `body` (JSON text, or an attachment's bytes) to `url`; never throws. */
  post(url: string, body: string | Blob): Promise<Reply>;
  /** Run `fn` if no other tab is sending (resolves true), else resolve false without running it. */
  lock(fn: () => Promise<void>): Promise<boolean>;
  /** The page is hidden (or being unloaded). */
  hidden(): boolean;
  /** Items are pending (true) or the outbox is empty (false): the launcher's flag. */
  flag(pending: boolean): void;
  now(): number;
  random(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  /** Report a problem to the site owner (a console warning). */
  warn(message: string): void;
}

export interface OutboxStats {
  /** Items acknowledged by the collector. */
  delivered: number;
  /** Items the collector refused for what they hold (a 400 naming them), dropped. */
  rejected: number;
  /** Items dropped because the outbox was full. */
  dropped: number;
  /** Requests posted. */
  requests: number;
}

const encoder = new TextEncoder();

export function createOutbox(d: OutboxDeps): Outbox & { stats(): OutboxStats } {
  /** Items this page knows are waiting (added here, or read from the store). */
  const known = new Map<string, StoredItem>();
  /** Added here, store write not finished. */
  const unsaved = new Set<string>();
  /** In a request right now. */
  const sending = new Set<string>();
  const listeners = new Set<(ids: string[]) => void>();
  const stats: OutboxStats = { delivered: 0, rejected: 0, dropped: 0, requests: 0 };
  /** Refused by the collector, not yet reported in a batch's `dropped`. */
  let lost = 0;
  let attempt = 0;
  let notBefore = 0;
  let offline = false;
  let timer: unknown;
  let running: Promise<void> | undefined;
  let again = false;
  /** A refusal of a whole request was reported (once per page). */
  let warned = false;

  const schedule = (ms: number): void => {
    d.clearTimeout(timer);
    timer = d.setTimeout(() => {
      timer = undefined;
      void flush('timer');
    }, ms);
  };

  const forget = (ids: string[]): Promise<void> => {
    for (const id of ids) known.delete(id);
    return d.store.remove(ids);
  };

  const delivered = async (req: OutboxRequest): Promise<void> => {
    const ids = req.items.map((i) => i.id);
    lost = Math.max(0, lost - req.dropped);
    stats.delivered += ids.length;
    await forget(ids);
    for (const listener of [...listeners]) {
      try {
        listener(ids);
      } catch {
        // a listener's problem
      }
    }
  };

  const post = async (req: OutboxRequest): Promise<Reply> => {
    for (const item of req.items) sending.add(item.id);
    stats.requests++;
    try {
      return await d.post(d.collector + req.path, req.body);
    } finally {
      for (const item of req.items) sending.delete(item.id);
    }
  };

  /** Send everything in the store (inside the lock). */
  const drain = async (): Promise<void> => {
    let items = await d.store.load();
    const stored = new Set(items.map((i) => i.id));
    // Gone from the store and not ours in flight: another tab delivered them.
    for (const id of known.keys()) if (!stored.has(id) && !unsaved.has(id)) known.delete(id);
    for (const item of items) known.set(item.id, item);
    for (;;) {
      items = items.filter((i) => known.has(i.id) && !sending.has(i.id));
      const req = nextRequest(items, d.site, d.now(), lost);
      if (!req) break;
      const reply = await post(req);
      if (reply.status >= 200 && reply.status < 300) {
        attempt = 0;
        await delivered(req);
      } else if (isRetryable(reply.status)) {
        offline = reply.status === 0;
        const wait = retryDelay(++attempt, reply.retryAfter, d.now(), d.random());
        notBefore = d.now() + wait;
        return schedule(wait);
      } else {
        const bad = refusedItem(req, reply);
        if (!bad) {
          // Refused as a whole for a reason that is not about what it holds (the site key, the
          // origin, a proxy, a broken body): kept, reported once, and tried again after a while.
          if (!warned) d.warn(`the collector rejected ${req.path === '/v1/events' ? 'a batch' : 'a hand-off'} as a whole (${cause(reply)}); kept`);
          warned = true;
          const wait = retryDelay(++attempt, reply.retryAfter, d.now(), d.random());
          notBefore = d.now() + wait;
          return schedule(wait);
        }
        stats.rejected++;
        lost++;
        await forget([bad.id]);
      }
    }
    if (!known.size && !(await d.store.load()).length) d.flag(false);
  };

  const flush = async (reason?: 'online' | 'hidden' | 'timer' | 'start'): Promise<void> => {
    if (reason === 'hidden') return sendHidden();
    if (reason === 'online' && offline) notBefore = 0;
    const wait = notBefore - d.now();
    if (wait > 0) return schedule(wait);
    if (running) return (again = true), running;
    // never rejects: a failure in the store or the lock is retried like a network error
    running = d.lock(drain).then(
      (ran) => void (ran || schedule(LOCKED_RETRY_MS)),
      () => schedule(retryDelay(++attempt, null, 0, d.random())),
    );
    await running;
    running = undefined;
    if (again) {
      again = false;
      void flush('timer');
    }
  };

  /** The page is going away: post what this page knows of now, without waiting for the lock. */
  const sendHidden = (): void => {
    // keepalive requests may carry 64 KB in all while the page unloads
    let budget = 64 * 1024;
    let items = [...known.values()].filter((i) => !sending.has(i.id)).sort(byId);
    // An attachment's Blob has no length: it stops here (and its hand-off, after it, waits for a page that stays).
    for (let req; (req = nextRequest(items, d.site, d.now(), lost)) && (req.body as string).length <= budget; ) {
      budget -= (req.body as string).length;
      items = items.slice(req.items.length);
      const sent = req;
      void post(sent)
        .then((reply) => (reply.status >= 200 && reply.status < 300 ? delivered(sent) : undefined))
        .catch(() => {});
    }
  };

  /** Oldest items to drop so that the outbox keeps its bounds, events before hand-offs. */
  const overflow = (newest: string): StoredItem[] => {
    let count = known.size;
    let bytes = 0;
    for (const item of known.values()) bytes += item.size;
    const out: StoredItem[] = [];
    if (count <= MAX_ITEMS && bytes <= MAX_BYTES) return out;
    const oldest = [...known.values()].sort(byId);
    for (const events of [true, false]) {
      for (const item of oldest) {
        if ((count > MAX_ITEMS || bytes > MAX_BYTES) && item.id !== newest && (item.kind === 'event') === events && !sending.has(item.id)) {
          out.push(item);
          count--;
          bytes -= item.size;
        }
      }
    }
    return out;
  };

  return {
    async add(item: OutboxItem) {
      try {
        const stored: StoredItem = { ...item, size: encoder.encode(toJson(item.body)).length };
        known.set(item.id, stored);
        unsaved.add(item.id);
        const out = overflow(item.id);
        if (out.length) {
          stored.dropped = out.reduce((n, i) => n + 1 + (i.dropped ?? 0), 0);
          stats.dropped += out.length;
          for (const i of out) known.delete(i.id);
        }
        d.flag(true);
        const saved = d.store.save([stored]);
        if (d.hidden()) sendHidden();
        await saved;
        unsaved.delete(item.id);
        if (out.length) await d.store.remove(out.map((i) => i.id));
        if (!timer && d.now() >= notBefore) schedule(SEND_DELAY_MS);
      } catch {
        // never into the page
      }
    },
    flush,
    pending: () => d.store.load().then((items) => items.length, () => known.size),
    onDelivered(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    stats: () => ({ ...stats }),
  };
}
