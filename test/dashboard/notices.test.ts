/**
 * Notices through /dashboard/api/notices and GET /v1/notices/:site: an admin
 * publishes (viewers and requests without the CSRF token are refused), bad
 * fields are named by their path, the public JSON holds only live notices
 * with sanitized HTML, answers 304 to its ETag and CORS only the site's
 * origins, and the notice's page counts the customers who saw and opened it
 * and the questions on its topic before and during.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createUser } from '../../server/auth/users.ts';
import { makeEvent } from '../../server/testing/batches.ts';
import type { NoticeReply, NoticesListReply } from '../../server/notices/views.ts';
import type { NoticesReply } from '../../widget/src/notices/types.ts';
import { createSearchEngine } from '../../widget/src/search/engine.ts';
import { findNotices } from '../../widget/src/notices/find-notices.ts';
import { dashboardApp, PASSWORD, type Client, type DashboardApp } from './dashboard-app.ts';

const HOUR = 3_600_000;
let d: DashboardApp;
afterEach(async () => d?.close());

const canarias = (now = Date.now()) => ({
  site: 'demo',
  severity: 'incident',
  starts_at: now - HOUR,
  ends_at: now + 48 * HOUR,
  content: {
    es: { title: 'Retrasos en envíos a Canarias hasta el lunes', body: 'Por el temporal, los pedidos a **Canarias** llegan con retraso. <script>alert(1)</script><img src=x onerror=alert(1)>' },
    en: { title: 'Delays shipping to the Canary Islands until Monday', body: 'Orders to the Canary Islands arrive late.' },
  },
  paths: ['/', '/envios/*'],
  contexts: ['page=producto'],
  about: 'pedidos a Canarias retrasados',
  entries: [],
  words: ['no me llega el pedido'],
});

const publish = (c: Client, body: object) => c.request({ method: 'POST', url: '/dashboard/api/notices', payload: body });
const notices = (headers: Record<string, string> = {}) => d.app.inject({ method: 'GET', url: '/v1/notices/demo', headers });

describe('notices', () => {
  it('an admin publishes; the widget JSON has it, sanitized, with an index that finds it; ETag → 304', async () => {
    d = await dashboardApp();
    const admin = await d.as('admin');
    const res = await publish(admin, canarias());
    expect(res.statusCode, res.body).toBe(201);
    const { notice } = res.json() as { notice: { id: number; key: string; status: string } };
    expect(notice).toMatchObject({ key: `n${notice.id}`, status: 'live' });

    const first = await notices({ origin: 'http://localhost:5173' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(first.headers['set-cookie']).toBeUndefined();
    const body = first.json() as NoticesReply;
    expect(body.notices).toHaveLength(1);
    const es = body.notices[0]!.content.es!;
    expect(es.title).toBe('Retrasos en envíos a Canarias hasta el lunes');
    expect(es.html).toContain('<strong>Canarias</strong>');
    expect(es.html).not.toMatch(/<script|onerror|<img/);
    expect(findNotices(createSearchEngine(body.index!), 'no me llega el pedido a canarias', 'es')).toEqual([notice.key]);
    expect(findNotices(createSearchEngine(body.index!), 'cómo descargo la factura', 'es')).toEqual([]);

    const again = await notices({ 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect((await notices({ origin: 'https://evil.example' })).statusCode).toBe(403);
  });

  it('only live notices reach the widget: a scheduled or ended one does not', async () => {
    d = await dashboardApp();
    const admin = await d.as('admin');
    const now = Date.now();
    expect((await publish(admin, { ...canarias(now), starts_at: now + HOUR, ends_at: now + 2 * HOUR })).statusCode).toBe(201);
    expect((await publish(admin, { ...canarias(now), starts_at: now - 2 * HOUR, ends_at: now - HOUR })).statusCode).toBe(201);
    expect((await notices()).json()).toEqual({ notices: [] });
    const list = (await admin.get('/dashboard/api/notices')).json() as NoticesListReply;
    expect(list.notices.map((n) => n.status).sort()).toEqual(['ended', 'scheduled']);
  });

  it('names the refused field, refuses viewers, the logged-out and requests without the CSRF token', async () => {
    d = await dashboardApp();
    const admin = await d.as('admin');
    const refused = async (body: object) => {
      const res = await publish(admin, body);
      expect(res.statusCode).toBe(400);
      return (res.json() as { path: string }).path;
    };
    const good = canarias();
    expect(await refused({ ...good, content: { es: { title: '', body: '' } } })).toBe('content.es.title');
    expect(await refused({ ...good, content: {} })).toBe('content.es.title');
    expect(await refused({ ...good, ends_at: good.starts_at })).toBe('ends_at');
    expect(await refused({ ...good, severity: 'urgent' })).toBe('severity');
    expect(await refused({ ...good, paths: ['/ok', 'no-slash'] })).toBe('paths[1]');
    expect(await refused({ ...good, site: 'nope' })).toBe('site');
    const { starts_at: _s, ...noStart } = good;
    expect(await refused(noStart)).toBe('starts_at');

    const viewer = await d.as('viewer');
    expect((await publish(viewer, good)).statusCode).toBe(403);
    expect((await viewer.get('/dashboard/api/notices')).statusCode).toBe(200);
    expect((await d.client().request({ method: 'POST', url: '/dashboard/api/notices', payload: good })).statusCode).toBe(401);
    expect((await admin.request({ method: 'POST', url: '/dashboard/api/notices', payload: good, csrf: false })).statusCode).toBe(403);
    expect((await notices()).json()).toEqual({ notices: [] });
  });

  it("a notice's page counts customers who saw and opened it, and its topic's questions before and during", async () => {
    d = await dashboardApp();
    const admin = await d.as('admin');
    const { notice } = (await publish(admin, canarias())).json() as { notice: { id: number; key: string } };
    const now = Date.now();
    const ev = (n: number, type: 'notice_shown' | 'notice_read' | 'search' | 'handoff_requested', session: string, at: number, extra: object = {}) => ({
      ...makeEvent(n, type),
      session,
      at,
      ...(type.startsWith('notice') ? { notice: notice.key } : {}),
      ...extra,
    });
    const events = [
      ev(1, 'notice_shown', 'sess-aaaa1', now - 1000),
      ev(2, 'notice_shown', 'sess-aaaa1', now - 900),
      ev(3, 'notice_shown', 'sess-bbbb2', now - 800),
      ev(4, 'notice_read', 'sess-bbbb2', now - 700),
      ev(5, 'search', 'sess-cccc3', now - 10 * 24 * HOUR, { query: 'mi pedido a canarias no llega', decision: 'none', results: [] }),
      ev(6, 'search', 'sess-cccc3', now - 10 * 24 * HOUR, { query: 'cómo descargo la factura', decision: 'none', results: [] }),
      ev(7, 'handoff_requested', 'sess-dddd4', now - 600, { query: 'pedido a canarias retrasado' }),
    ];
    const sent = await d.app.inject({ method: 'POST', url: '/v1/events', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify({ site: 'demo', sent_at: now, events }) });
    expect(sent.statusCode, sent.body).toBe(200);
    const page = (await admin.get(`/dashboard/api/notices/${notice.id}`)).json() as NoticeReply;
    expect([page.stats.seen, page.stats.opened]).toEqual([2, 1]);
    expect(page.stats.unanswered?.before.questions).toBe(1);
    expect(page.stats.unanswered?.during.questions).toBe(0);
    expect(page.stats.handoffs?.during.questions).toBe(1);
  });

  it("a user limited to some sites lists, reads and changes only their sites' notices", async () => {
    d = await dashboardApp();
    const admin = await d.as('admin');
    const demo = (await publish(admin, canarias())).json() as { notice: { id: number } };
    const shop = (await publish(admin, { ...canarias(), site: 'shop', paths: [] })).json() as { notice: { id: number } };
    await createUser(d.k, { email: 'agency@example.com', role: 'admin', password: PASSWORD, sites: ['shop'] });
    const agency = d.client();
    expect((await agency.login('agency@example.com')).statusCode).toBe(200);

    const list = (await agency.get('/dashboard/api/notices')).json() as NoticesListReply;
    expect(list.notices.map((n) => n.id)).toEqual([shop.notice.id]);
    expect(list.sites).toEqual(['shop']);
    expect((await agency.get('/dashboard/api/notices?site=demo')).statusCode).toBe(403);
    expect((await agency.get(`/dashboard/api/notices/${demo.notice.id}`)).statusCode).toBe(404);
    expect((await agency.get(`/dashboard/api/notices/${shop.notice.id}`)).statusCode).toBe(200);
    expect((await agency.request({ method: 'PUT', url: `/dashboard/api/notices/${demo.notice.id}`, payload: { ...canarias(), site: 'shop' } })).statusCode).toBe(404);
    expect((await agency.request({ method: 'DELETE', url: `/dashboard/api/notices/${demo.notice.id}` })).statusCode).toBe(404);
    const other = await publish(agency, canarias());
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ error: 'forbidden', path: 'site' });
    expect((await publish(agency, { ...canarias(), site: 'shop' })).statusCode).toBe(201);
    expect((await admin.get(`/dashboard/api/notices/${demo.notice.id}`)).statusCode).toBe(200);
  });
});
