import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { makeBatch } from '../testing/batches.ts';
import { TEST_ORIGIN, testCollector } from '../testing/collector.ts';

describe('GET /healthz', () => {
  it('is ok while the database answers, 503 once it does not', async () => {
    const c = await testCollector();
    const ok = await c.app.inject({ method: 'GET', url: '/healthz' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ ok: true });
    await c.db.close();
    const down = await c.app.inject({ method: 'GET', url: '/healthz' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ ok: false, error: 'database_unavailable' });
    await c.app.close();
  });

  it('when writes fail (disk full): events answer 503 with Retry-After, health says writes fail, until a write succeeds', async () => {
    const c = await testCollector();
    const post = (from: number) => c.app.inject({ method: 'POST', url: '/v1/events', headers: { 'content-type': 'application/json', origin: TEST_ORIGIN }, payload: JSON.stringify(makeBatch(50, from)) });
    expect((await post(0)).statusCode).toBe(200);
    // The disk is full: SQLite may not grow the database by one more page.
    const pages = (await sql<{ page_count: number }>`pragma page_count`.execute(c.db.kysely)).rows[0]!.page_count;
    await sql.raw(`pragma max_page_count = ${pages}`).execute(c.db.kysely);
    let full;
    for (let from = 1000; from < 20_000; from += 1000) if ((full = await post(from)).statusCode !== 200) break;
    expect(full!.statusCode).toBe(503);
    expect(Number(full!.headers['retry-after'])).toBeGreaterThan(0);
    expect(full!.json()).toMatchObject({ error: 'storage_unavailable', path: '$' });
    const health = await c.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ ok: false, error: 'writes_failing' });
    expect(health.json().message).toMatch(/SQLITE_FULL/);
    // Space again: the next write succeeds, and health follows.
    await sql.raw('pragma max_page_count = 1073741823').execute(c.db.kysely);
    expect((await post(50_000)).statusCode).toBe(200);
    expect((await c.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ ok: true });
    await c.close();
  });

  it('answers unknown routes with the error shape', async () => {
    const c = await testCollector();
    const res = await c.app.inject({ method: 'GET', url: '/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found', path: '$', message: 'no such route' });
    await c.close();
  });
});
