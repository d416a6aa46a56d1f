import { describe, expect, it } from 'vitest';
import { checkBatch } from './check-batch.ts';
import { makeBatch, makeEvent } from '../testing/batches.ts';

type Mutable = Record<string, unknown> & { events: Record<string, unknown>[] };
const batch = (n = 3): Mutable => structuredClone(makeBatch(n)) as unknown as Mutable;

function refusal(body: unknown): { path: string; message: string } {
  const r = checkBatch(body);
  if (r.ok) throw new Error('expected a refusal');
  return { path: r.path, message: r.message };
}

describe('checkBatch', () => {
  it('accepts valid batches of every event type', () => {
    const r = checkBatch(makeBatch(10));
    expect(r.ok).toBe(true);
  });

  it('refuses what is not a batch object', () => {
    for (const body of [undefined, null, 1, 'x', [], true]) expect(refusal(body)).toEqual({ path: '$', message: 'must be a JSON object' });
  });

  it('names the first bad envelope field', () => {
    expect(refusal({ ...batch(), site: 5 })).toEqual({ path: 'site', message: 'must be a string' });
    expect(refusal({ ...batch(), sent_at: '2025-01-01' })).toEqual({ path: 'sent_at', message: 'must be an integer' });
    expect(refusal({ ...batch(), events: [] })).toEqual({ path: 'events', message: 'must have at least 1 item' });
    expect(refusal(makeBatch(101))).toEqual({ path: 'events', message: 'must have at most 100 items' });
    const { sent_at: _, ...noSentAt } = batch();
    expect(refusal(noSentAt)).toEqual({ path: 'sent_at', message: 'is required' });
    expect(refusal({ ...batch(), dropped: -1 })).toEqual({ path: 'dropped', message: 'must be >= 0' });
    expect(refusal({ ...batch(), extra: 1 })).toEqual({ path: 'extra', message: 'is not an allowed field' });
  });

  it('names the first bad event field', () => {
    const b = batch(3);
    b.events[2]!.query = 'x'.repeat(501);
    expect(refusal(b)).toEqual({ path: 'events[2].query', message: 'must be at most 500 characters' });

    const c = batch(3);
    delete c.events[0]!.decision;
    expect(refusal(c)).toEqual({ path: 'events[0].decision', message: 'is required' });

    const d = batch(3);
    d.events[1]!.type = 'clicked';
    expect(refusal(d)).toEqual({ path: 'events[1].type', message: 'must be one of search, answer_read, feedback, gave_up, handoff_requested, notice_shown, notice_read' });

    const e = batch(3);
    e.events[0]!.decision = 'maybe';
    expect(refusal(e)).toEqual({ path: 'events[0].decision', message: 'must be one of answered, weak, none' });

    const f = batch(1);
    f.events[0]!.results = [{ id: 'a', score: 'high' }];
    expect(refusal(f)).toEqual({ path: 'events[0].results[0].score', message: 'must be a number' });

    const g = batch(1);
    g.events[0]!.v = 2;
    expect(refusal(g)).toEqual({ path: 'events[0].v', message: 'must be 1 (the only supported version)' });

    const h = batch(2) as { events: unknown[] };
    h.events[1] = 'event';
    expect(refusal(h)).toEqual({ path: 'events[1]', message: 'must be an object' });

    const i = batch(1);
    i.events[0]!.id = 'a b';
    expect(refusal(i).path).toBe('events[0].id');
  });

  it('refuses an event whose site differs from the batch', () => {
    const b = { ...makeBatch(2), events: [makeEvent(0), makeEvent(1, 'search', 'other')] };
    expect(refusal(b)).toEqual({ path: 'events[1].site', message: 'must equal the batch site' });
  });

  it('never echoes input: odd field names and values stay out of the reply', () => {
    const evil = '<script>alert(1)</script>';
    const b = batch(1);
    b.events[0]![evil] = evil;
    const r = refusal(b);
    expect(r).toEqual({ path: 'events[0]', message: 'has a field that is not allowed' });
    const c = batch(1);
    c.events[0]!.locale = evil;
    expect(JSON.stringify(refusal(c))).not.toContain('script');
  });
});
