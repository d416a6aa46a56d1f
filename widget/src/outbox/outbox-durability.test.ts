/**
 * The outbox over the real IndexedDB store (fake-indexeddb) and the real
 * network module (fetch stubbed), on a fake clock: what is added survives a
 * "reload" (a new outbox over the same database) and is delivered once.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutboxItem } from './contract.ts';
import { createOutbox, SEND_DELAY_MS } from './create-outbox.ts';
import { idbStore } from './idb-store.ts';
import { post } from './network.ts';

const T0 = Date.UTC(2025, 0, 1);
const item = (n: number): OutboxItem => {
  const id = `${(T0 + n).toString(36)}zzzzzzzzzzzz`;
  return { id, kind: 'event', body: { id, query: `pregunta ${n}` } };
};

let online = false;
const received: string[] = [];
const requests: RequestInit[] = [];

function outbox() {
  return createOutbox({
    collector: 'https://c.example',
    site: 'demo',
    store: idbStore('demo'),
    post,
    lock: async (fn) => (await fn(), true),
    hidden: () => false,
    flag: () => {},
    now: () => Date.now(),
    random: () => 0.5,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    warn: () => {},
  });
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.stubGlobal('indexedDB', new IDBFactory());
  online = false;
  received.length = requests.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      requests.push(init);
      if (!online) throw new TypeError('Failed to fetch');
      const batch = JSON.parse(init.body as string) as { events: { id: string }[] };
      received.push(...batch.events.map((e) => e.id));
      return new Response('{"accepted":1,"duplicates":0}', { status: 200 });
    }),
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('outbox over IndexedDB', () => {
  it('keeps what was added offline across a reload and delivers each item once when back online', async () => {
    const first = outbox();
    for (let n = 0; n < 5; n++) await first.add(item(n));
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    // fake-indexeddb answers on real macrotasks: wait for the failed attempt
    await vi.waitFor(() => expect(requests.length).toBeGreaterThan(0));
    expect(received).toEqual([]);

    // reload: a new page, a new outbox over the same database
    const second = outbox();
    expect(await second.pending()).toBe(5);
    online = true;
    await second.flush('start');
    expect(received).toEqual([0, 1, 2, 3, 4].map((n) => item(n).id));
    expect(await second.pending()).toBe(0);
    await second.flush('online');
    expect(received).toHaveLength(5);
  });

  it('posts text/plain JSON with keepalive and no credentials', async () => {
    online = true;
    const box = outbox();
    await box.add(item(1));
    await box.flush('timer');
    expect(requests[0]).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', headers: { 'Content-Type': 'text/plain' } });
    expect(JSON.parse(requests[0]!.body as string)).toMatchObject({ site: 'demo', events: [item(1).body] });
  });
});
