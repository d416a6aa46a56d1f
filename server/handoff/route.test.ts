import { afterEach, describe, expect, it } from 'vitest';
import { handoffCollector, SITE_ORIGIN } from '../../test/handoff/collector.ts';
import { makeRecord } from '../../test/handoff/records.ts';

type Collector = Awaited<ReturnType<typeof handoffCollector>>;
const open: Collector[] = [];
async function collector(): Promise<Collector> {
  const c = await handoffCollector();
  open.push(c);
  return c;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});

const post = (c: Collector, payload: unknown, headers: Record<string, string> = {}) =>
  c.app.inject({ method: 'POST', url: '/v1/handoffs', payload: typeof payload === 'string' ? payload : JSON.stringify(payload), headers: { 'content-type': 'text/plain', ...headers } });

describe('POST /v1/handoffs', () => {
  it('stores a hand-off once for the inbox, with the journey as its transcript', async () => {
    const c = await collector();
    const record = makeRecord();
    const first = await post(c, record, { origin: SITE_ORIGIN });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ stored: true, reference: 'AY-7K3-Q9F' });
    expect(first.headers['access-control-allow-origin']).toBe(SITE_ORIGIN);
    expect((await post(c, record)).json()).toEqual({ stored: false, reference: 'AY-7K3-Q9F' });
    const rows = await c.inbox();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ id: record.id, reference: 'AY-7K3-Q9F', site: 'demo', status: 'new', contact_name: 'Ana López', contact_email: 'ana@example.com', question: record.question, channel: 'email' });
    const transcript = JSON.parse(row.transcript) as Record<string, unknown>[];
    expect(transcript.map((t) => t.type)).toEqual(['handoff', 'page', 'search', 'search', 'read', 'feedback', 'page', 'site']);
    expect(transcript[0]).toMatchObject({ path: '/checkout', locale: 'es', timeZone: 'Europe/Madrid' });
    expect(transcript[2]).toMatchObject({ query: 'donde esta mi pedido', decision: 'none', text: 'Buscó «donde esta mi pedido»: sin resultados' });
    expect(transcript[4]).toMatchObject({ entry: 'plazo-envio', title: '¿Cuánto tarda el envío?', ms: 42000 });
    expect(transcript[7]).toEqual({ type: 'site', traits: { orderId: '4411', plan: 'pro' }, context: { cart: 2 } });
  });

  it('keeps both of two hand-offs that drew the same reference', async () => {
    const c = await collector();
    expect((await post(c, makeRecord({}, 1))).json()).toEqual({ stored: true, reference: 'AY-7K3-Q9F' });
    expect((await post(c, makeRecord({}, 2))).json()).toEqual({ stored: true, reference: 'AY-7K3-Q9F-2' });
    expect((await c.inbox()).map((r) => r.reference)).toEqual(['AY-7K3-Q9F', 'AY-7K3-Q9F-2']);
  });

  it('stores every hand-off that drew one reference, the 21st and beyond included, each under a reference of its own', async () => {
    const c = await handoffCollector({ limits: { handoffLimits: { perAddressPerMinute: 1000, perSitePerMinute: 1000 } } });
    open.push(c);
    const replies = [];
    for (let i = 1; i <= 30; i++) replies.push(await post(c, makeRecord({ contact: { email: `c${i}@example.com` } }, 100 + i)));
    expect(replies.map((r) => r.statusCode)).toEqual(Array(30).fill(200));
    const references = replies.map((r) => (r.json() as { reference: string }).reference);
    expect(references.slice(0, 3)).toEqual(['AY-7K3-Q9F', 'AY-7K3-Q9F-2', 'AY-7K3-Q9F-3']);
    expect(references.at(-1)).toBe('AY-7K3-Q9F-30');
    expect(new Set(references).size).toBe(30);
    expect(await c.inbox()).toHaveLength(30);
    // A retry of one of them is still recognised, with the reference it was given.
    expect((await post(c, makeRecord({ contact: { email: 'c25@example.com' } }, 125))).json()).toEqual({ stored: false, reference: 'AY-7K3-Q9F-25' });
  });

  it.each([
    ['not JSON', '{nope', 400, 'invalid_json', '$'],
    ['an array', [], 400, 'invalid_body', '$'],
    ['a missing question', { ...makeRecord(), question: undefined }, 400, 'invalid_body', 'question'],
    ['a bad reference', makeRecord({ reference: 'AY-0000-OI' }), 400, 'invalid_body', 'reference'],
    ['an unknown field', { ...makeRecord(), extra: 1 }, 400, 'invalid_body', '$'],
    ['a bad journey item', makeRecord({ journey: { ...makeRecord().journey, items: [{ id: 'x', kind: 'search', at: 1.7e12, path: '/', query: 'q', decision: 'maybe', results: [] }] } as never }), 400, 'invalid_body', 'journey.items[0].decision'],
    ['an unknown item kind', makeRecord({ journey: { ...makeRecord().journey, items: [{ kind: 'chat' }] } as never }), 400, 'invalid_body', 'journey.items[0].kind'],
    ['a bad email', makeRecord({ contact: { email: 'ana@' } }), 400, 'invalid_body', 'contact.email'],
    ['an unknown site', makeRecord({ site: 'nope' }), 403, 'unknown_site', 'site'],
  ])('refuses %s, storing nothing', async (_name, body, status, error, path) => {
    const c = await collector();
    const res = await post(c, body);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ error, path });
    expect(await c.inbox()).toEqual([]);
  });

  it('refuses a page origin of another site, and answers preflights for its own', async () => {
    const c = await collector();
    expect((await post(c, makeRecord(), { origin: 'https://shop.example' })).statusCode).toBe(403);
    const preflight = await c.app.inject({ method: 'OPTIONS', url: '/v1/handoffs', headers: { origin: SITE_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(SITE_ORIGIN);
    const evil = await post(c, makeRecord({}, 3), { origin: 'https://evil.example' });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses bodies over 64 KB and rate-limits per address', async () => {
    const c = await collector();
    const big = makeRecord({ details: 'x'.repeat(5000), question: 'y'.repeat(2000) });
    const huge = JSON.stringify({ ...big, padding: 'z'.repeat(70 * 1024) });
    expect((await post(c, huge)).statusCode).toBe(413);
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await post(c, makeRecord({ reference: 'AY-222-333', contact: { email: `c${i}@example.com` } }, 10 + i))).statusCode);
    expect(codes.slice(0, 4)).toEqual([200, 200, 200, 200]);
    expect(codes.at(-1)).toBe(429);
  });
});
