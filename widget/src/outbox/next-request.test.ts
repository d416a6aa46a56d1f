import { describe, expect, it } from 'vitest';
import { MAX_BATCH_ITEMS, nextRequest } from './next-request.ts';
import type { StoredItem } from './outbox-store.ts';

const event = (id: string, size = 10, dropped?: number): StoredItem => ({ id, kind: 'event', body: { id }, size, ...(dropped && { dropped }) });

describe('nextRequest', () => {
  it('batches consecutive events as { site, sent_at, events } with the drops they carry', () => {
    const req = nextRequest([event('a', 10, 3), event('b'), event('c', 10, 2)], 'demo', 1234, 1)!;
    expect(req.path).toBe('/v1/events');
    expect(JSON.parse(req.body as string)).toEqual({ site: 'demo', sent_at: 1234, events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], dropped: 6 });
    expect(req.dropped).toBe(6);
  });

  it('omits dropped when nothing was dropped; nothing to send → undefined', () => {
    expect(JSON.parse(nextRequest([event("a")], "s", 1)!.body as string)).not.toHaveProperty('dropped');
    expect(nextRequest([], 's', 1)).toBeUndefined();
  });

  it('stops at 100 events, at 60 KB, and at a hand-off; a hand-off goes alone', () => {
    const many = Array.from({ length: 150 }, (_, i) => event(String(i).padStart(3, '0')));
    expect(nextRequest(many, 's', 1)!.items).toHaveLength(MAX_BATCH_ITEMS);
    const big = Array.from({ length: 10 }, (_, i) => event(String(i), 20_000));
    expect(nextRequest(big, 's', 1)!.items).toHaveLength(3);
    expect(nextRequest([event('huge', 70_000), event('b')], 's', 1)!.items).toHaveLength(1);
    const handoff: StoredItem = { id: 'h', kind: 'handoff', body: { ref: 'AY-1' }, size: 12 };
    expect(nextRequest([event('a'), handoff, event('b')], 's', 1)!.items.map((i) => i.id)).toEqual(['a']);
    expect(nextRequest([handoff, event('b')], 's', 1)).toEqual({ items: [handoff], path: '/v1/handoffs', body: '{"ref":"AY-1"}', dropped: 0 });
  });
});
