/** When the page is hidden the outbox posts at once, without the lock; tabs sharing one store and one lock post each item once. */
import { describe, expect, it, vi } from 'vitest';
import { LOCKED_RETRY_MS, SEND_DELAY_MS, type Reply } from './create-outbox.ts';
import type { StoredItem } from './outbox-store.ts';
import { ev, setup, useOutboxClock } from './__fixtures__/scripted-outbox.ts';

useOutboxClock();

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
