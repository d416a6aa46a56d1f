/**
 * Alternates learned from customers, through the dashboard's API: the
 * proposals per entry with their counts, accept / reject / undo (admins
 * only, CSRF-protected), the export of the accepted ones for a user or a
 * read-only token of the site, and tokens that are hashed and revocable.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withAlternatesTables } from '../../server/alternates/tables.ts';
import { dashboardApp, type Client, type DashboardApp } from './dashboard-app.ts';
import { store } from './seed.ts';
import { visit } from './seed-reads.ts';
import { writeSmallFaqIndex } from './small-faq-index.ts';

const FAQ = writeSmallFaqIndex();
const HOUR = 3_600_000;
const SMALL = 'las zapatillas me quedan pequeñas';
const XSS = '<img src=x onerror=alert(1)> no me vale la talla';
let d: DashboardApp;
let admin: Client;

interface Listed { faq: { entries?: number } | null; entries: { entry: string; title: string | null; proposals: { id: number; text: string; sessions: number; last_at: number; status: string; decided_by: string | null }[] }[] }
const list = async (c: Client, query = 'site=demo') => {
  const res = await c.get(`/dashboard/api/alternates?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Listed;
};
const act = (c: Client, id: number, action: string, csrf = true) => c.request({ method: 'POST', url: `/dashboard/api/alternates/${id}/${action}`, payload: {}, csrf });

beforeEach(async () => {
  d = await dashboardApp({ sites: [{ key: 'demo', origins: ['http://localhost:5173'], faq: FAQ }, { key: 'shop', origins: ['https://shop.example'] }] });
  admin = await d.as('admin');
  const at = Date.now() - 5 * HOUR;
  const s = (n: number, site = 'demo') => visit({ session: `sess-alt${String(n).padStart(5, '0')}`, site });
  await store(d.db, [
    s(1).read(at, 'es-devolucion', SMALL), s(2).read(at + 1000, 'es-devolucion', 'Las zapatillas me quedan PEQUEÑAS'),
    s(3).read(at + 2000, 'es-envio', XSS),
    s(4).read(at, 'es-devolucion', 'mi email es [email]'),
    s(5).read(at, 'es-devolucion', '¿Cómo hago la devolución de un pedido?'),
    s(6, 'shop').read(at, 'es-devolucion', SMALL),
  ]);
});
afterEach(async () => {
  await d.close();
});

describe('GET /dashboard/api/alternates', () => {
  it('lists, per entry with its title, the wordings the FAQ does not answer yet, with how many customers and when', async () => {
    const viewer = await d.as('viewer');
    const view = await list(viewer);
    expect(view.faq).toMatchObject({ entries: 16 });
    expect(view.entries.map((e) => [e.entry, e.title, e.proposals.map((p) => [p.text, p.sessions, p.status])])).toEqual([
      ['es-devolucion', '¿Cómo hago la devolución de un pedido?', [[SMALL, 2, 'proposed']]],
      ['es-envio', '¿Cuánto tarda el envío?', [[XSS, 1, 'proposed']]],
    ]);
    expect(view.entries[0]!.proposals[0]!.last_at).toBeLessThan(Date.now());
    // A site without a FAQ proposes nothing; an unknown site is a 404.
    expect(await list(viewer, 'site=shop')).toMatchObject({ faq: null, entries: [] });
    expect((await viewer.get('/dashboard/api/alternates?site=nope')).statusCode).toBe(404);
    expect((await viewer.get('/dashboard/api/alternates?site=demo&status=maybe')).statusCode).toBe(400);
    expect((await d.client().get('/dashboard/api/alternates?site=demo')).statusCode).toBe(401);
  });

  it('lets admins accept, reject and undo with the CSRF token; viewers and visitors are refused', async () => {
    const [devolucion, envio] = (await list(admin)).entries.map((e) => e.proposals[0]!.id) as [number, number];
    const viewer = await d.as('viewer');
    expect((await act(viewer, devolucion, 'accept')).statusCode).toBe(403);
    expect((await act(d.client(), devolucion, 'accept')).statusCode).toBe(401);
    const noCsrf = await act(admin, devolucion, 'accept', false);
    expect([noCsrf.statusCode, noCsrf.json()]).toMatchObject([403, { error: 'csrf' }]);
    expect((await act(admin, 999, 'accept')).statusCode).toBe(404);
    expect((await act(admin, devolucion, 'approve')).statusCode).toBe(400);

    const accepted = await act(admin, devolucion, 'accept');
    expect(accepted.json()).toMatchObject({ id: devolucion, status: 'accepted', decided_by: 'admin1@example.com' });
    expect((await act(admin, envio, 'reject')).json()).toMatchObject({ status: 'rejected' });
    expect((await list(admin)).entries).toEqual([]);
    expect((await list(admin, 'site=demo&status=accepted')).entries[0]!.proposals).toMatchObject([{ text: SMALL, sessions: 2, decided_by: 'admin1@example.com' }]);
    expect((await list(admin, 'site=demo&status=rejected')).entries[0]!.proposals).toMatchObject([{ text: XSS }]);

    // The export has the accepted wording as first typed; undo takes it back.
    const exported = await viewer.get('/dashboard/api/alternates/export.json?site=demo');
    expect(exported.headers['content-disposition']).toBe('attachment; filename="alternates-demo.json"');
    expect(exported.json()).toEqual({ 'es-devolucion': [SMALL] });
    expect((await act(admin, devolucion, 'undo')).json()).toMatchObject({ status: 'proposed', decided_by: null });
    expect((await viewer.get('/dashboard/api/alternates/export.json?site=demo')).json()).toEqual({});
    expect((await list(admin)).entries.map((e) => e.entry)).toEqual(['es-devolucion']);
  });
});

describe('read-only export tokens', () => {
  it('are created by admins for one site, shown once, stored hashed, read only that export, and stop working when revoked', async () => {
    const [id] = (await list(admin)).entries.map((e) => e.proposals[0]!.id) as [number];
    await act(admin, id, 'accept');
    const viewer = await d.as('viewer');
    expect((await viewer.request({ method: 'POST', url: '/dashboard/api/alternates/tokens', payload: { site: 'demo', name: 'CI' } })).statusCode).toBe(403);
    expect((await admin.request({ method: 'POST', url: '/dashboard/api/alternates/tokens', payload: { site: 'demo', name: 'CI' }, csrf: false })).statusCode).toBe(403);
    const created = await admin.request({ method: 'POST', url: '/dashboard/api/alternates/tokens', payload: { site: 'demo', name: 'CI build' } });
    expect(created.statusCode).toBe(201);
    const { token, id: tokenId } = created.json() as { token: string; id: number };
    expect(token).toMatch(/^ayt_[A-Za-z0-9_-]{43}$/);
    const stored = await withAlternatesTables(d.k).selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    const listed = (await admin.get('/dashboard/api/alternates/tokens?site=demo')).json() as { tokens: object[] };
    expect(listed.tokens).toMatchObject([{ id: tokenId, name: 'CI build', hint: token.slice(-4), created_by: 'admin1@example.com', revoked_at: null }]);
    expect(JSON.stringify(listed)).not.toContain(token);

    const withToken = (value: string, query = '') => d.app.inject({ method: 'GET', url: `/dashboard/api/alternates/export.json${query}`, headers: { authorization: value } });
    expect((await withToken(`Bearer ${token}`)).json()).toEqual({ 'es-devolucion': [SMALL] });
    expect((await withToken(`Bearer ${token}`, '?site=demo')).statusCode).toBe(200);
    expect((await withToken(`Bearer ${token}`, '?site=shop')).statusCode).toBe(403);
    expect((await withToken('Bearer ayt_not-a-token')).statusCode).toBe(401);
    // Read-only: no other route takes it.
    expect((await d.app.inject({ method: 'GET', url: '/dashboard/api/alternates?site=demo', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);

    const revoked = await admin.request({ method: 'POST', url: `/dashboard/api/alternates/tokens/${tokenId}/revoke`, payload: {} });
    expect(revoked.json()).toMatchObject({ id: tokenId, revoked_at: expect.any(Number) });
    expect((await withToken(`Bearer ${token}`)).statusCode).toBe(401);
  });
});
