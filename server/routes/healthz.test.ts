import { describe, expect, it } from 'vitest';
import { testCollector } from '../testing/collector.ts';

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

  it('answers unknown routes with the error shape', async () => {
    const c = await testCollector();
    const res = await c.app.inject({ method: 'GET', url: '/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found', path: '$', message: 'no such route' });
    await c.close();
  });
});
