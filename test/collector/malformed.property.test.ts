/**
 * Property: whatever arrives, a malformed payload gets a 4xx with the error
 * shape, never a 5xx, and nothing is stored — including valid batches with
 * one thing broken somewhere.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES, EventSchemaByType, type EventType } from '../../widget/src/events/schema.ts';
import { makeBatch, makeEvent } from '../../server/testing/batches.ts';
import { testCollector, type TestCollector } from '../../server/testing/collector.ts';

let c: TestCollector;
beforeAll(async () => {
  c = await testCollector({ rateLimit: { max: 1_000_000 } });
});
afterAll(async () => {
  await c.close();
});

async function expectRefused(body: string, contentType = 'application/json'): Promise<void> {
  const res = await c.app.inject({ method: 'POST', url: '/v1/events', headers: { 'content-type': contentType }, payload: body });
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body).toBeLessThan(500);
  const reply = res.json() as Record<string, unknown>;
  expect(Object.keys(reply).sort()).toEqual(['error', 'message', 'path']);
  expect(await c.count()).toBe(0);
}

type Json = Record<string, unknown>;
const roundTrip = (v: unknown): unknown => JSON.parse(JSON.stringify(v) ?? 'null');
const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

const schemaOf = (type: EventType) => EventSchemaByType[type] as unknown as { required: string[]; properties: Record<string, Json> };
const STRING_LIMITS: [string, number][] = [
  ['id', 64], ['session', 64], ['locale', 35], ['path', 1024], ['query', 500], ['comment', 1000], ['entry', 128],
];

/** A valid batch of 1-10 events of random types. */
const validBatch = fc
  .array(fc.constantFrom(...EVENT_TYPES), { minLength: 1, maxLength: 10 })
  .chain((types) => fc.integer({ min: 0, max: 1_000_000 }).map((start) => ({ ...makeBatch(1), events: types.map((t, i) => makeEvent(start + i, t)) })));

/** One mutation that makes a valid batch invalid, applied to a JSON-ready copy. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-required' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('wrong-type' as const), pick: fc.nat(), value: fc.anything() }),
  fc.record({ kind: fc.constant('extra-field' as const), key: fc.string({ minLength: 1, maxLength: 30 }), value: fc.anything(), onEnvelope: fc.boolean() }),
  fc.record({ kind: fc.constant('too-long' as const), pick: fc.nat(), extra: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant('version' as const), value: fc.anything() }),
  fc.record({ kind: fc.constant('other-site-event' as const) }),
  fc.record({ kind: fc.constant('unknown-site' as const), site: fc.stringMatching(/^[a-z]{1,10}$/) }),
  fc.record({ kind: fc.constant('event-count' as const), tooMany: fc.boolean() }),
  fc.record({ kind: fc.constant('delete-envelope' as const), key: fc.constantFrom('site', 'sent_at', 'events') }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(batch: Json & { events: Json[] }, m: Mutation, eventIndex: number): boolean {
  const e = batch.events[eventIndex % batch.events.length]!;
  const schema = schemaOf(e.type as EventType);
  switch (m.kind) {
    case 'delete-required': {
      const key = schema.required[m.pick % schema.required.length]!;
      delete e[key];
      return true;
    }
    case 'wrong-type': {
      const key = schema.required[m.pick % schema.required.length]!;
      const value = roundTrip(m.value);
      const expected = schema.properties[key]!;
      const ok = 'const' in expected ? value === expected.const : jsonType(value) === (expected.type === 'integer' ? 'number' : expected.type);
      if (ok) return false;
      e[key] = value;
      return true;
    }
    case 'extra-field': {
      const target = m.onEnvelope ? batch : e;
      if (m.key in target || JSON.stringify(m.value) === undefined) return false;
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      return true;
    }
    case 'too-long': {
      const present = STRING_LIMITS.filter(([k]) => typeof e[k] === 'string');
      const [key, max] = present[m.pick % present.length]!;
      e[key] = 'a'.repeat(max + m.extra);
      return true;
    }
    case 'version':
      if (roundTrip(m.value) === 1 || m.value === undefined) return false;
      e.v = m.value;
      return true;
    case 'other-site-event':
      e.site = 'shop';
      return true;
    case 'unknown-site':
      if (m.site === 'demo' || m.site === 'shop') return false;
      batch.site = m.site;
      for (const ev of batch.events) ev.site = m.site;
      return true;
    case 'event-count':
      batch.events = m.tooMany ? makeBatch(101).events : [];
      return true;
    case 'delete-envelope':
      delete batch[m.key];
      return true;
  }
}

describe('malformed payloads', () => {
  it('fc.anything() as a body: always a 4xx, nothing stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.constantFrom('application/json', 'text/plain'), async (value, type) => {
        await expectRefused(JSON.stringify(value) ?? '', type);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary text as a body: always a 4xx, nothing stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300, unit: 'binary' }), async (text) => {
        await expectRefused(text, 'text/plain');
      }),
      { numRuns: 200 },
    );
  });

  it('a valid batch with one thing broken: always a 4xx, nothing stored', async () => {
    await fc.assert(
      fc.asyncProperty(validBatch, mutation, fc.nat(), async (valid, m, eventIndex) => {
        const batch = structuredClone(valid) as unknown as Json & { events: Json[] };
        fc.pre(mutate(batch, m, eventIndex));
        await expectRefused(JSON.stringify(batch));
      }),
      { numRuns: 400 },
    );
  });

  it('the unmutated batches are accepted (the generator is sound)', async () => {
    const d = await testCollector();
    for (const sample of fc.sample(validBatch, { numRuns: 20, seed: 42 })) {
      const res = await d.app.inject({ method: 'POST', url: '/v1/events', payload: sample });
      expect(res.statusCode).toBe(200);
    }
    await d.close();
  });
});
