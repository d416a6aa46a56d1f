import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutboxItem } from './contract.ts';
import { createOutbox, LOCKED_RETRY_MS, MAX_BYTES, MAX_ITEMS, SEND_DELAY_MS, type OutboxDeps, type Reply } from './create-outbox.ts';
import { memoryStore } from './memory-store.ts';
import { MAX_BATCH_BYTES, MAX_BATCH_ITEMS } from './next-request.ts';
import type { OutboxStore, StoredItem } from './outbox-store.ts';
import { MAX_DELAY_MS } from './retry-delay.ts';

const T0 = Date.UTC(2025, 0, 1);
let seq = 0;
/** An event item with a time-ordered id, and optionally a padded body of about `bytes`. */
function ev(bytes = 0): OutboxItem {
  const id = `${(T0 + seq++).toString(36)}abcdefghijkl`;
  return { id, kind: 'event', body: { id, query: 'x'.repeat(bytes) } };
}

interface Posted {
  url: string;
  at: number;
  body: { site: string; sent_at: number; events: { id: string }[]; dropped?: number };
}

/** An outbox over a Map, a fake clock and a scripted collector (replies in order, then 200). */
function setup(over: Partial<OutboxDeps> & { replies?: (Reply | Promise<Reply>)[]; map?: Map<string, StoredItem> } = {}) {
  const map = over.map ?? new Map<string, StoredItem>();
  const posted: Posted[] = [];
  const replies = over.replies ?? [];
  const flag = vi.fn();
  let hidden = false;
  const deps: OutboxDeps = {
    collector: 'https://c.example',
    site: 'demo',
    store: memoryStore(map),
    post: vi.fn(async (url: string, body: string) => {
      posted.push({ url, at: Date.now(), body: JSON.parse(body) });
      return (await replies.shift()) ?? { status: 200 };
    }),
    lock: async (fn) => (await fn(), true),
    hidden: () => hidden,
    flag,
    now: () => Date.now(),
    random: () => 0.5,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    ...over,
  };
  const outbox = createOutbox(deps);
  const ids = () => posted.flatMap((p) => p.body.events.map((e) => e.id));
  return { outbox, map, posted, ids, flag, deps, hide: (h = true) => void (hidden = h) };
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  seq = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('add and send', () => {
  it('writes to the store before anything is sent, sends one batch after SEND_DELAY_MS, removes it once acknowledged', async () => {
    const { outbox, map, posted, flag } = setup();
    const delivered = vi.fn();
    outbox.onDelivered(delivered);
    const a = ev();
    const b = ev();
    await outbox.add(a);
    await outbox.add(b);
    expect([...map.keys()]).toEqual([a.id, b.id]);
    expect(posted).toHaveLength(0);
    expect(flag).toHaveBeenLastCalledWith(true);
    expect(await outbox.pending()).toBe(2);

    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.url).toBe('https://c.example/v1/events');
    expect(posted[0]!.body).toEqual({ site: 'demo', sent_at: T0 + SEND_DELAY_MS, events: [a.body, b.body] });
    expect(map.size).toBe(0);
    expect(delivered).toHaveBeenCalledWith([a.id, b.id]);
    expect(flag).toHaveBeenLastCalledWith(false);
    expect(outbox.stats()).toMatchObject({ delivered: 2, requests: 1 });
  });

  it(`sends batches of at most ${MAX_BATCH_ITEMS} events, oldest first`, async () => {
    const { outbox, posted, ids } = setup();
    const items = Array.from({ length: 250 }, () => ev());
    for (const item of items) await outbox.add(item);
    await outbox.flush('timer');
    expect(posted.map((p) => p.body.events.length)).toEqual([100, 100, 50]);
    expect(ids()).toEqual(items.map((i) => i.id));
  });

  it(`keeps every batch under ${MAX_BATCH_BYTES} bytes of events and the request under 64 KB`, async () => {
    const { outbox, posted } = setup();
    for (let i = 0; i < 40; i++) await outbox.add(ev(5000));
    await outbox.flush('timer');
    expect(posted.length).toBeGreaterThan(3);
    for (const p of posted) expect(Buffer.byteLength(JSON.stringify(p.body))).toBeLessThan(64 * 1024);
    expect(posted.reduce((n, p) => n + p.body.events.length, 0)).toBe(40);
  });

  it('sends a hand-off alone to /v1/handoffs, in order with the events', async () => {
    const { outbox, posted } = setup();
    const a = ev();
    const h: OutboxItem = { id: `${(T0 + seq++).toString(36)}handoff00000`, kind: 'handoff', body: { ref: 'AY-7K3Q' } };
    const b = ev();
    for (const item of [a, h, b]) await outbox.add(item);
    await outbox.flush('timer');
    expect(posted.map((p) => p.url.replace('https://c.example', ''))).toEqual(['/v1/events', '/v1/handoffs', '/v1/events']);
    expect(posted[1]!.body).toEqual({ ref: 'AY-7K3Q' });
  });
});

describe('retries', () => {
  it.each([0, 408, 429, 500, 503])('retries status %i with exponential backoff and full jitter, capped', async (status) => {
    const { outbox, posted, map } = setup({ random: () => 0.999, replies: Array.from({ length: 12 }, () => ({ status })) });
    await outbox.add(ev());
    await outbox.flush('timer');
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    const gaps = posted.slice(1).map((p, i) => p.at - posted[i]!.at);
    // 0.999 × min(5 min, 1 s × 2^attempt)
    expect(gaps.slice(0, 4)).toEqual([1998, 3996, 7992, 15984]);
    expect(Math.max(...gaps)).toBe(Math.floor(0.999 * MAX_DELAY_MS));
    expect(posted.length).toBe(13); // 12 failures, then delivered
    expect(map.size).toBe(0);
  });

  it('waits a random share of the backoff (full jitter): random 0.25 → a quarter', async () => {
    const { outbox, posted } = setup({ random: () => 0.25, replies: [{ status: 503 }, { status: 503 }] });
    await outbox.add(ev());
    await outbox.flush('timer');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(posted.slice(1).map((p, i) => p.at - posted[i]!.at)).toEqual([500, 1000]);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const date = new Date(T0 + 60_000 + 45_000).toUTCString();
    const { outbox, posted } = setup({ replies: [{ status: 429, retryAfter: '60' }, { status: 503, retryAfter: date }] });
    await outbox.add(ev());
    await outbox.flush('timer');
    await vi.advanceTimersByTimeAsync(59_999);
    expect(posted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(posted).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(44_000);
    expect(posted).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(posted).toHaveLength(3);
  });

  it('does not send before the backoff ends, even when asked to', async () => {
    const { outbox, posted } = setup({ replies: [{ status: 503, retryAfter: '30' }] });
    await outbox.add(ev());
    await outbox.flush('timer');
    await outbox.flush('timer');
    await outbox.add(ev());
    await vi.advanceTimersByTimeAsync(29_000);
    expect(posted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(posted).toHaveLength(2);
    expect(posted[1]!.body.events).toHaveLength(2);
  });

  it('sends at once when the browser comes back online after a network error, not after a 429', async () => {
    const offline = setup({ replies: [{ status: 0 }] });
    await offline.outbox.add(ev());
    await offline.outbox.flush('timer');
    await offline.outbox.flush('online');
    expect(offline.posted).toHaveLength(2);

    const limited = setup({ replies: [{ status: 429, retryAfter: '120' }] });
    await limited.outbox.add(ev());
    await limited.outbox.flush('timer');
    await limited.outbox.flush('online');
    expect(limited.posted).toHaveLength(1);
  });
});

describe('refusals', () => {
  it.each([400, 403, 404, 413, 422])('drops a batch refused with %i, counts it and reports it as dropped in the next batch', async (status) => {
    const { outbox, posted, map } = setup({ replies: [{ status }] });
    await outbox.add(ev());
    await outbox.add(ev());
    await outbox.flush('timer');
    expect(map.size).toBe(0);
    expect(outbox.stats()).toMatchObject({ rejected: 2, delivered: 0 });
    await outbox.add(ev());
    await outbox.flush('timer');
    expect(posted[1]!.body.dropped).toBe(2);
    await outbox.add(ev());
    await outbox.flush('timer');
    expect(posted[2]!.body.dropped).toBeUndefined();
  });

  it('drops only the event a 400 names and resends the others at once', async () => {
    const { outbox, posted, map } = setup({ replies: [{ status: 400, path: 'events[1].query' }] });
    const items = [ev(), ev(), ev()];
    for (const item of items) await outbox.add(item);
    await outbox.flush('timer');
    expect(posted).toHaveLength(2);
    expect(posted[1]!.body.events.map((e) => e.id)).toEqual([items[0]!.id, items[2]!.id]);
    expect(posted[1]!.body.dropped).toBe(1);
    expect(map.size).toBe(0);
  });
});

describe('bounds', () => {
  it(`keeps at most ${MAX_ITEMS} items, dropping the oldest, and reports how many in the next batch`, async () => {
    const { outbox, map, posted, ids } = setup();
    const items = Array.from({ length: MAX_ITEMS + 5 }, () => ev());
    for (const item of items) await outbox.add(item);
    expect(map.size).toBe(MAX_ITEMS);
    expect(map.has(items[4]!.id)).toBe(false);
    expect(map.has(items[5]!.id)).toBe(true);
    expect(outbox.stats().dropped).toBe(5);
    await outbox.flush('timer');
    expect(ids()).toEqual(items.slice(5).map((i) => i.id));
    expect(posted.reduce((n, p) => n + (p.body.dropped ?? 0), 0)).toBe(5);
  });

  it('keeps at most 1 MB, dropping the oldest', async () => {
    const { outbox, map } = setup();
    for (let i = 0; i < 300; i++) await outbox.add(ev(4000));
    const bytes = [...map.values()].reduce((n, i) => n + i.size, 0);
    expect(bytes).toBeLessThanOrEqual(MAX_BYTES);
    expect(map.size).toBeLessThan(300);
    expect(map.size).toBeGreaterThan(250);
  });

  it('drops events before hand-offs', async () => {
    const { outbox, map } = setup();
    const handoff: OutboxItem = { id: `${(T0 - 1).toString(36)}handoff00000`, kind: 'handoff', body: { ref: 'AY-1' } };
    await outbox.add(handoff);
    for (let i = 0; i < MAX_ITEMS + 3; i++) await outbox.add(ev());
    expect(map.has(handoff.id)).toBe(true);
    expect(map.size).toBe(MAX_ITEMS);
  });
});

describe('page hidden', () => {
  it('posts what it knows at once, without the lock; a beacon is not an acknowledgement', async () => {
    let release!: (r: Reply) => void;
    const lock = vi.fn(async () => false);
    const { outbox, posted, map, hide } = setup({ lock, replies: [new Promise<Reply>((r) => (release = r))] });
    const a = ev();
    await outbox.add(a);
    hide();
    void outbox.flush('hidden');
    expect(posted).toHaveLength(1);
    expect(lock).not.toHaveBeenCalled();
    expect(map.has(a.id)).toBe(true); // until the reply comes
    void outbox.flush('hidden'); // pagehide after visibilitychange: not posted twice
    expect(posted).toHaveLength(1);
    release({ status: 200 });
    await vi.advanceTimersByTimeAsync(0);
    expect(map.size).toBe(0);
  });

  it('keeps the items when the hidden-page request gets no reply, and sends them later', async () => {
    const { outbox, posted, map, hide } = setup({ replies: [{ status: 0 }] });
    const a = ev();
    await outbox.add(a);
    hide();
    await outbox.flush('hidden');
    await vi.advanceTimersByTimeAsync(0);
    expect(map.has(a.id)).toBe(true);
    hide(false);
    await outbox.flush('timer');
    expect(posted.map((p) => p.body.events[0]!.id)).toEqual([a.id, a.id]);
    expect(map.size).toBe(0);
  });

  it('posts an item added while the page is hidden at once (events reported on pagehide)', async () => {
    const { outbox, posted, hide } = setup();
    hide();
    const a = ev();
    const adding = outbox.add(a);
    expect(posted.map((p) => p.body.events[0]!.id)).toEqual([a.id]);
    await adding;
  });
});

describe('tabs', () => {
  it('two tabs sharing one store and one lock post each event once', async () => {
    const map = new Map<string, StoredItem>();
    let held = false;
    const lock = async (fn: () => Promise<void>) => {
      if (held) return false;
      held = true;
      try {
        await fn();
      } finally {
        held = false;
      }
      return true;
    };
    const slow = (): Promise<Reply> => new Promise((r) => setTimeout(() => r({ status: 200 }), 50));
    const tabA = setup({ map, lock, replies: Array.from({ length: 20 }, slow) });
    const tabB = setup({ map, lock, replies: Array.from({ length: 20 }, slow) });
    for (let i = 0; i < 150; i++) await (i % 2 ? tabA : tabB).outbox.add(ev());
    void tabA.outbox.flush('online');
    void tabB.outbox.flush('online');
    await vi.advanceTimersByTimeAsync(LOCKED_RETRY_MS * 3);
    const all = [...tabA.ids(), ...tabB.ids()];
    expect(all).toHaveLength(150);
    expect(new Set(all).size).toBe(150);
    expect(map.size).toBe(0);
  });

  it('looks again later when another tab holds the lock', async () => {
    let busy = true;
    const { outbox, posted } = setup({ lock: async (fn) => (busy ? false : (await fn(), true)) });
    await outbox.add(ev());
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    expect(posted).toHaveLength(0);
    busy = false;
    await vi.advanceTimersByTimeAsync(LOCKED_RETRY_MS);
    expect(posted).toHaveLength(1);
  });
});

describe('failures stay inside', () => {
  it('never throws when the store throws, and still sends from memory when hidden', async () => {
    const broken: OutboxStore = {
      load: () => Promise.reject(new Error('load')),
      save: () => Promise.reject(new Error('save')),
      remove: () => Promise.reject(new Error('remove')),
    };
    const { outbox, posted, hide } = setup({ store: broken });
    await expect(outbox.add(ev())).resolves.toBeUndefined();
    await expect(outbox.flush('timer')).resolves.toBeUndefined();
    await expect(outbox.pending()).resolves.toBe(1);
    hide();
    await outbox.flush('hidden');
    expect(posted).toHaveLength(1);
  });

  it('a listener that throws does not stop delivery', async () => {
    const { outbox, map } = setup();
    outbox.onDelivered(() => {
      throw new Error('listener');
    });
    await outbox.add(ev());
    await outbox.flush('timer');
    expect(map.size).toBe(0);
  });
});
