/** What the outbox does with the collector's replies: it retries with backoff what may pass later, and drops what was refused. */
import { describe, expect, it, vi } from 'vitest';
import { MAX_DELAY_MS } from './retry-delay.ts';
import { ev, setup, T0, useOutboxClock } from './__fixtures__/scripted-outbox.ts';

useOutboxClock();

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
