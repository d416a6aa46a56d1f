/** The outbox keeps what it is given in the store and sends it in batches; it stays within its bounds and never throws into the page. */
import { describe, expect, it, vi } from 'vitest';
import type { OutboxItem } from './contract.ts';
import { MAX_BYTES, MAX_ITEMS, SEND_DELAY_MS } from './create-outbox.ts';
import { MAX_BATCH_BYTES, MAX_BATCH_ITEMS } from './next-request.ts';
import type { OutboxStore } from './outbox-store.ts';
import { ev, handoffItem, setup, T0, useOutboxClock } from './__fixtures__/scripted-outbox.ts';

useOutboxClock();

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
    const h = handoffItem('AY-7K3Q');
    const b = ev();
    for (const item of [a, h, b]) await outbox.add(item);
    await outbox.flush('timer');
    expect(posted.map((p) => p.url.replace('https://c.example', ''))).toEqual(['/v1/events', '/v1/handoffs', '/v1/events']);
    expect(posted[1]!.body).toEqual({ ref: 'AY-7K3Q' });
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
