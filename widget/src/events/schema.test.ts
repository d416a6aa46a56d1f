import { describe, expect, it } from 'vitest';
import { Compile } from 'typebox/compile';
import { BatchSchema, EVENT_TYPES, EventSchema, EventSchemaByType, MAX_BATCH_EVENTS } from './schema.ts';
import { makeBatch, makeEvent } from '../../../server/testing/batches.ts';

const event = Compile(EventSchema);
const batch = Compile(BatchSchema);

describe('event schema v1', () => {
  it.each(EVENT_TYPES)('accepts a valid %s event', (type) => {
    const e = makeEvent(1, type);
    expect(event.Check(e)).toBe(true);
    expect(Compile(EventSchemaByType[type]).Check(e)).toBe(true);
  });

  it('accepts a batch of 1 and of 100 events, refuses 0 and 101', () => {
    expect(batch.Check(makeBatch(1))).toBe(true);
    expect(batch.Check(makeBatch(MAX_BATCH_EVENTS))).toBe(true);
    expect(batch.Check({ ...makeBatch(1), events: [] })).toBe(false);
    expect(batch.Check(makeBatch(MAX_BATCH_EVENTS + 1))).toBe(false);
  });

  it('is strict: unknown fields are refused at every level', () => {
    expect(event.Check({ ...makeEvent(1), extra: 1 })).toBe(false);
    expect(batch.Check({ ...makeBatch(1), extra: 1 })).toBe(false);
    expect(event.Check({ ...makeEvent(1, 'search'), results: [{ id: 'a', score: 1, x: 2 }] })).toBe(false);
  });

  it('allows type-specific fields only on their type', () => {
    expect(event.Check({ ...makeEvent(1, 'answer_read'), decision: 'none' })).toBe(false);
    expect(event.Check({ ...makeEvent(1, 'search'), helpful: true })).toBe(false);
    expect(event.Check({ ...makeEvent(1, 'gave_up'), reason: 'no_match' })).toBe(false);
    expect(event.Check({ ...makeEvent(1, 'gave_up'), reason: 'gave_up' })).toBe(true);
  });

  it('bounds lengths and formats', () => {
    const search = makeEvent(1, 'search');
    expect(event.Check({ ...search, query: 'x'.repeat(500) })).toBe(true);
    expect(event.Check({ ...search, query: 'x'.repeat(501) })).toBe(false);
    expect(event.Check({ ...search, id: 'short' })).toBe(false);
    expect(event.Check({ ...search, id: 'has space!' })).toBe(false);
    expect(event.Check({ ...search, path: '/a?b=1' })).toBe(true); // allowlisted parameters (data-keep-params)
    expect(event.Check({ ...search, path: '/a#b' })).toBe(false);
    expect(event.Check({ ...search, path: '/a?b=1#c' })).toBe(false);
    expect(event.Check({ ...search, path: '/a?b=1?c' })).toBe(true);
    expect(event.Check({ ...search, path: 'a' })).toBe(false);
    expect(event.Check({ ...search, path: '/a b' })).toBe(false);
    expect(event.Check({ ...search, at: new Date().toISOString() })).toBe(false);
    expect(event.Check({ ...search, at: 1.5 })).toBe(false);
    expect(event.Check({ ...search, v: 2 })).toBe(false);
    const six = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, score: 1 }));
    expect(event.Check({ ...search, results: six })).toBe(false);
    expect(event.Check({ ...makeEvent(1, 'feedback'), comment: 'x'.repeat(1001) })).toBe(false);
  });
});
