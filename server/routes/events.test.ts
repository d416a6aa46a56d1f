import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBatch, makeEvent } from '../testing/batches.ts';
import { withDashboardTables } from '../db/dashboard-schema.ts';
import { createGroupingStep } from '../grouping/grouping-step.ts';
import { TEST_ORIGIN, testCollector, type TestCollector } from '../testing/collector.ts';

let c: TestCollector;
beforeEach(async () => {
  c = await testCollector();
});
afterEach(async () => {
  await c.close();
});

const post = (payload: unknown, headers: Record<string, string> = {}) =>
  c.app.inject({
    method: 'POST',
    url: '/v1/events',
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

describe('POST /v1/events', () => {
  it('stores a batch and answers after the commit', async () => {
    const res = await post(makeBatch(20), { origin: TEST_ORIGIN });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: 20, duplicates: 0 });
    expect(await c.count()).toBe(20);
    const row = await c.db.kysely.selectFrom('events').selectAll().where('id', '=', 'evt-000004').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ site: 'demo', type: 'handoff_requested', reason: 'asked_human', query: 'hablar con alguien', comment: 'Urgente' });
    expect(row.received_at).toBeGreaterThan(Date.now() - 60_000);
  });

  it('accepts text/plain JSON (sendBeacon, no preflight)', async () => {
    const res = await post(makeBatch(3), { 'content-type': 'text/plain;charset=UTF-8', origin: TEST_ORIGIN });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: 3, duplicates: 0 });
  });

  it('stores one row per id when the same batch arrives three times at once', async () => {
    const batch = makeBatch(50);
    const replies = await Promise.all([post(batch), post(batch), post(batch)]);
    expect(replies.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    const bodies = replies.map((r) => r.json() as { accepted: number; duplicates: number });
    expect(bodies.reduce((n, b) => n + b.accepted, 0)).toBe(50);
    expect(bodies.reduce((n, b) => n + b.duplicates, 0)).toBe(100);
    expect(await c.count()).toBe(50);
  });

  describe('refusals (nothing stored)', () => {
    const cases: [string, () => Promise<{ statusCode: number; json(): unknown }>, number, object][] = [
      ['invalid JSON', () => post('{"site": "demo", '), 400, { error: 'invalid_json', path: '$' }],
      ['empty body', () => post(''), 400, { error: 'invalid_json', path: '$', message: 'body is empty' }],
      ['prototype poisoning', () => post('{"__proto__": {"x": 1}, "site": "demo"}'), 400, { error: 'invalid_json' }],
      ['not an object', () => post([makeBatch(1)]), 400, { error: 'invalid_body', path: '$', message: 'must be a JSON object' }],
      ['too many events', () => post(makeBatch(101)), 400, { error: 'invalid_body', path: 'events', message: 'must have at most 100 items' }],
      [
        'one bad event among good ones',
        () => post({ ...makeBatch(3), events: [makeEvent(0), makeEvent(1), { ...makeEvent(2), query: 'x'.repeat(501) }] }),
        400,
        { error: 'invalid_body', path: 'events[2].query', message: 'must be at most 500 characters' },
      ],
      [
        'an event of another site',
        () => post({ ...makeBatch(2), events: [makeEvent(0), makeEvent(1, 'search', 'shop')] }),
        400,
        { error: 'invalid_body', path: 'events[1].site', message: 'must equal the batch site' },
      ],
      ['unknown site key', () => post(makeBatch(2, 0, 'nope')), 403, { error: 'unknown_site', path: 'site', message: 'unknown site key' }],
      ['origin of another site', () => post(makeBatch(2), { origin: 'https://shop.example' }), 403, { error: 'origin_not_allowed', path: 'site' }],
      ['unsupported media type', () => post(JSON.stringify(makeBatch(1)), { 'content-type': 'application/x-www-form-urlencoded' }), 415, { error: 'unsupported_media_type' }],
      ['body over 64 KB (Content-Length)', () => post('x'.repeat(64 * 1024 + 1)), 413, { error: 'payload_too_large', path: '$' }],
    ];
    it.each(cases)('%s', async (_name, send, status, body) => {
      const res = await send();
      expect(res.statusCode).toBe(status);
      expect(res.json()).toMatchObject(body);
      expect(Object.keys(res.json() as object).sort()).toEqual(['error', 'message', 'path']);
      expect(await c.count()).toBe(0);
    });
  });

  it('never echoes the input in errors', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const batch = makeBatch(1) as unknown as { events: Record<string, unknown>[] };
    batch.events[0]!.locale = evil;
    batch.events[0]![evil] = 1;
    for (const payload of [batch, `{"site": "${evil}"`, { ...makeBatch(1), site: evil }]) {
      const res = await post(payload);
      expect(res.statusCode).toBe(400);
      expect(res.body).not.toContain('onerror');
    }
  });

  it('accepts exactly 64 KB', async () => {
    const batch = makeBatch(1);
    const json = JSON.stringify(batch);
    const padded = json.slice(0, -1) + ' '.repeat(64 * 1024 - Buffer.byteLength(json)) + '}';
    expect(Buffer.byteLength(padded)).toBe(64 * 1024);
    expect((await post(padded)).statusCode).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    c.app.inject({
      method: 'OPTIONS',
      url: '/v1/events',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('answers a preflight for a configured origin', async () => {
    const res = await preflight(TEST_ORIGIN);
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(TEST_ORIGIN);
    expect(res.headers['access-control-allow-methods']).toBe('POST');
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toBe('content-type');
  });

  it('refuses a preflight from any other origin', async () => {
    const res = await preflight('https://evil.example');
    expect(res.statusCode).toBe(404);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows the configured origin on POST and refuses others', async () => {
    const ok = await post(makeBatch(1), { origin: TEST_ORIGIN });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe(TEST_ORIGIN);
    const evil = await post(makeBatch(1, 5), { origin: 'https://evil.example', 'content-type': 'text/plain' });
    expect(evil.statusCode).toBe(403);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    expect(evil.json()).toMatchObject({ error: 'origin_not_allowed' });
    expect(await c.count()).toBe(1);
  });
});

describe('event ids per site', () => {
  it('dedupes within a site only: an id stored for one site is stored again for another, and grouped for both', async () => {
    const ids = makeBatch(3);
    expect((await post(ids, { origin: TEST_ORIGIN })).json()).toEqual({ accepted: 3, duplicates: 0 });
    const shop = { ...ids, site: 'shop', events: ids.events.map((e) => ({ ...e, site: 'shop', session: `${e.session}-shop` })) };
    expect((await post(shop, { origin: 'https://shop.example' })).json()).toEqual({ accepted: 3, duplicates: 0 });
    expect((await post(shop, { origin: 'https://shop.example' })).json()).toEqual({ accepted: 0, duplicates: 3 });
    const rows = await c.db.kysely.selectFrom('events').select(['site', 'id']).orderBy('site').orderBy('id').execute();
    expect(rows).toEqual([...ids.events.map((e) => ({ site: 'demo', id: e.id })), ...ids.events.map((e) => ({ site: 'shop', id: e.id }))]);
    const step = createGroupingStep(withDashboardTables(c.db.kysely));
    await step.catchUp();
    const members = await withDashboardTables(c.db.kysely).selectFrom('group_members').select(['site', 'event_id']).orderBy('site').execute();
    const grouped = (site: string) => members.filter((m) => m.site === site).map((m) => m.event_id).sort();
    expect(grouped('shop')).toEqual(grouped('demo'));
    expect(grouped('demo').length).toBeGreaterThan(0);
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After per client IP, storing nothing; another site key gives no new budget', async () => {
    await c.close();
    c = await testCollector({ rateLimit: { max: 2, timeWindowMs: 60_000 } });
    expect((await post(makeBatch(1, 0))).statusCode).toBe(200);
    expect((await post(makeBatch(1, 1))).statusCode).toBe(200);
    const limited = await post(makeBatch(1, 2), { origin: TEST_ORIGIN });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // readable by the widget's cross-origin fetch
    expect(limited.headers['access-control-allow-origin']).toBe(TEST_ORIGIN);
    expect(String(limited.headers['access-control-expose-headers']).toLowerCase()).toBe('retry-after');
    expect(limited.json()).toMatchObject({ error: 'rate_limited', path: '$' });
    // Site keys are public: naming another one from the same address does not reset the budget.
    expect((await post(makeBatch(1, 3, 'shop'))).statusCode).toBe(429);
    const other = await c.app.inject({ method: 'POST', url: '/v1/events', remoteAddress: '10.0.0.9', payload: makeBatch(1, 4) });
    expect(other.statusCode).toBe(200);
    expect(await c.count()).toBe(3);
  });

  it('limits before the body is parsed: a flood of invalid JSON from one address gets 429s, not only 400s', async () => {
    await c.close();
    c = await testCollector({ rateLimit: { max: 20, timeWindowMs: 60_000 } });
    const codes: number[] = [];
    for (let i = 0; i < 60; i++) codes.push((await post('{"site": "demo", "events": [nope')).statusCode);
    expect(codes.slice(0, 20)).toEqual(Array(20).fill(400));
    expect(codes.slice(20)).toEqual(Array(40).fill(429));
    // A body that never parses as JSON, labelled text/plain, counts the same.
    expect((await post('\u0000\u0001garbage', { 'content-type': 'text/plain' })).statusCode).toBe(429);
  });
});
