/** What the outbox does with the collector's replies: it retries with backoff what may pass later, keeps what was refused as a whole, and drops only the items a refusal names. */
import { describe, expect, it, vi } from 'vitest';
import { MAX_DELAY_MS } from './retry-delay.ts';
import { ev, handoffItem, setup, T0, useOutboxClock } from './__fixtures__/scripted-outbox.ts';

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
  it.each([
    [403, { error: 'origin_not_allowed', path: 'site' }, 'HTTP 403 origin_not_allowed at site'],
    [404, {}, 'HTTP 404'],
    [401, {}, 'HTTP 401'],
    [413, {}, 'HTTP 413'],
    [400, {}, 'HTTP 400'],
    // What Prototype.js's Array.prototype.toJSON used to provoke: `events` sent as a string.
    [400, { error: 'invalid_body', path: 'events' }, 'HTTP 400 invalid_body at events'],
    [400, { error: 'invalid_body', path: '$' }, 'HTTP 400 invalid_body at $'],
  ])('keeps a batch refused as a whole with %i %j, warns once naming the cause, and sends it again later', async (status, more, cause) => {
    const { outbox, posted, map, deps } = setup({ replies: [{ status, ...more }, { status, ...more }] });
    const items = [ev(), ev()];
    for (const item of items) await outbox.add(item);
    await outbox.flush('timer');
    expect(map.size).toBe(2);
    expect(outbox.stats()).toMatchObject({ rejected: 0, delivered: 0 });
    expect(deps.warn).toHaveBeenCalledTimes(1);
    expect(deps.warn).toHaveBeenCalledWith(expect.stringContaining(`(${cause})`));
    expect(posted).toHaveLength(1);

    // Backoff, then refused again (not reported twice), then accepted: nothing was lost.
    await vi.advanceTimersByTimeAsync(MAX_DELAY_MS);
    await vi.advanceTimersByTimeAsync(MAX_DELAY_MS);
    expect(posted.length).toBe(3);
    expect(deps.warn).toHaveBeenCalledTimes(1);
    expect(map.size).toBe(0);
    expect(outbox.stats()).toMatchObject({ rejected: 0, delivered: 2 });
    expect(posted[2]!.body.events.map((e) => e.id)).toEqual(items.map((i) => i.id));
    expect(posted[2]!.body.dropped).toBeUndefined();
  });

  it('keeps a hand-off refused as a whole (403), drops one whose field a 400 names', async () => {
    const kept = setup({ replies: [{ status: 403, error: 'unknown_site', path: 'site' }] });
    await kept.outbox.add(handoffItem('AY-1'));
    await kept.outbox.flush('timer');
    expect(kept.map.size).toBe(1);
    expect(kept.deps.warn).toHaveBeenCalledWith(expect.stringContaining('a hand-off as a whole (HTTP 403 unknown_site at site); kept'));

    const bad = setup({ replies: [{ status: 400, error: 'invalid_body', path: 'contact.email' }] });
    await bad.outbox.add(handoffItem('AY-2'));
    await bad.outbox.flush('timer');
    expect(bad.map.size).toBe(0);
    expect(bad.outbox.stats()).toMatchObject({ rejected: 1 });
    expect(bad.deps.warn).not.toHaveBeenCalled();
  });

  it('drops only the event a 400 names and resends the others at once', async () => {
    const { outbox, posted, map, deps } = setup({ replies: [{ status: 400, path: 'events[1].query' }] });
    const items = [ev(), ev(), ev()];
    for (const item of items) await outbox.add(item);
    await outbox.flush('timer');
    expect(posted).toHaveLength(2);
    expect(posted[1]!.body.events.map((e) => e.id)).toEqual([items[0]!.id, items[2]!.id]);
    expect(posted[1]!.body.dropped).toBe(1);
    expect(map.size).toBe(0);
    expect(outbox.stats()).toMatchObject({ rejected: 1, delivered: 2 });
    expect(deps.warn).not.toHaveBeenCalled();
  });
});
