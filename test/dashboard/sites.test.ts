/**
 * Sites managed by admins through /dashboard/api/sites: what an admin
 * creates, changes or deletes is what the collector accepts at once (events,
 * hand-offs and CORS), hand-offs go to the site's destinations, the file's
 * sites stay read-only, viewers and logged-out visitors are refused, every
 * change needs the CSRF token, bad fields are named, and the webhook secret
 * never comes back.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCollector } from '../../server/app.ts';
import { parseConfig } from '../../server/config/config.ts';
import { openDatabase } from '../../server/db/index.ts';
import { makeBatch } from '../../server/testing/batches.ts';
import { startWebhookReceiver } from '../../demo/sinks/webhook-receiver.ts';
import { makeRecord } from '../handoff/records.ts';
import { dashboardApp, type Client, type DashboardApp } from './dashboard-app.ts';
import { TEST_STORE, testDatabase } from '../pg/test-store.ts';

const SECRET = 'whsec_sites_test_0123456789wxyz';
let d: DashboardApp;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});
async function open(): Promise<DashboardApp> {
  d = await dashboardApp();
  closers.push(() => d.close());
  return d;
}

const sendEvents = (site: string, origin: string | undefined, prefix = 'evt') =>
  d.app.inject({
    method: 'POST',
    url: '/v1/events',
    headers: { 'content-type': 'text/plain', ...(origin ? { origin } : {}) },
    payload: JSON.stringify(makeBatch(2, 0, site, prefix)),
  });

const createSite = (c: Client, body: object) => c.request({ method: 'POST', url: '/dashboard/api/sites', payload: body });
const listSites = async (c: Client) => (await c.get('/dashboard/api/sites')).json() as { sites: { key: string; source: string; origins: string[]; name: string; handoff: Record<string, unknown> }[]; channels: string[] };

describe('sites managed in the dashboard', () => {
  it('an admin creates a site; the collector accepts events from its origin at once and refuses any other', async () => {
    await open();
    const admin = await d.as('admin');
    expect((await sendEvents('tienda', 'https://tienda.example')).statusCode).toBe(403);

    const res = await createSite(admin, { key: 'tienda', name: 'Tienda Lumen', origins: ['https://tienda.example', 'http://localhost:*'] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ site: { key: 'tienda', name: 'Tienda Lumen', origins: ['https://tienda.example', 'http://localhost:*'], source: 'dashboard' } });

    const ok = await sendEvents('tienda', 'https://tienda.example');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ accepted: 2, duplicates: 0 });
    expect((await sendEvents('tienda', 'http://localhost:3000', 'evl')).statusCode).toBe(200);
    const evil = await sendEvents('tienda', 'https://evil.example', 'eve');
    expect(evil.statusCode).toBe(403);
    expect(evil.json()).toMatchObject({ error: 'origin_not_allowed', path: 'site' });
    // Another site's origin is not this site's.
    expect((await sendEvents('tienda', 'https://shop.example', 'evs')).statusCode).toBe(403);

    // CORS preflight: answered for the new origin, not for an unknown one.
    const preflight = (origin: string) =>
      d.app.inject({ method: 'OPTIONS', url: '/v1/events', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect((await preflight('https://tienda.example')).headers['access-control-allow-origin']).toBe('https://tienda.example');
    expect((await preflight('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();

    // Listed, with the file's sites, in the filters' choices too.
    const listed = await listSites(admin);
    expect(listed.sites.map((s) => [s.key, s.source])).toEqual([['demo', 'config'], ['shop', 'config'], ['tienda', 'dashboard']]);
    expect(listed.channels).toEqual(['inbox', 'email', 'webhook', 'whatsapp', 'chat']);
    expect(((await admin.get('/dashboard/api/meta')).json() as { sites: string[] }).sites).toContain('tienda');
  });

  it('a change of origins takes effect on the next request; a deleted site is refused', async () => {
    await open();
    const admin = await d.as('admin');
    expect((await createSite(admin, { key: 'tienda', origins: ['https://old.example'] })).statusCode).toBe(201);
    expect((await sendEvents('tienda', 'https://old.example', 'ev1')).statusCode).toBe(200);

    const put = await admin.request({ method: 'PUT', url: '/dashboard/api/sites/tienda', payload: { name: 'Tienda', origins: ['https://new.example'] } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ site: { key: 'tienda', name: 'Tienda', origins: ['https://new.example'] } });
    expect((await sendEvents('tienda', 'https://old.example', 'ev2')).statusCode).toBe(403);
    expect((await sendEvents('tienda', 'https://new.example', 'ev3')).statusCode).toBe(200);

    const del = await admin.request({ method: 'DELETE', url: '/dashboard/api/sites/tienda' });
    expect(del.statusCode).toBe(200);
    expect(del.json()).toEqual({ key: 'tienda', removed: true });
    const refused = await sendEvents('tienda', 'https://new.example', 'ev4');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'unknown_site' });
    expect((await listSites(admin)).sites.map((s) => s.key)).toEqual(['demo', 'shop']);
    expect((await admin.request({ method: 'DELETE', url: '/dashboard/api/sites/tienda' })).statusCode).toBe(404);
  });

  it("delivers the site's hand-offs to the webhook set in the dashboard, signed with its secret, which is never sent back", async () => {
    await open();
    const receiver = await startWebhookReceiver(SECRET);
    closers.push(() => receiver.close());
    const admin = await d.as('admin');
    const res = await createSite(admin, {
      key: 'tienda',
      name: 'Tienda',
      origins: ['https://tienda.example'],
      handoff: { webhook: { url: receiver.url, secret: SECRET, channels: ['inbox'] }, email: { to: ['soporte@tienda.example'], channels: ['email'] } },
    });
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toContain(SECRET);
    expect(res.json()).toMatchObject({ site: { handoff: { webhook: { url: receiver.url, secret_hint: '…wxyz', channels: ['inbox'] }, email: { to: ['soporte@tienda.example'] } } } });
    const list = await admin.get('/dashboard/api/sites');
    expect(list.body).not.toContain(SECRET);
    expect(list.body).not.toContain(SECRET.slice(0, 16));

    const record = makeRecord({ site: 'tienda', channel: 'inbox' });
    const sent = await d.app.inject({ method: 'POST', url: '/v1/handoffs', headers: { 'content-type': 'text/plain', origin: 'https://tienda.example' }, payload: JSON.stringify(record) });
    expect(sent.statusCode).toBe(200);
    const [payload] = await receiver.waitForAccepted(1);
    expect(payload!.handoff.reference).toBe(record.reference);
    expect(receiver.requests[0]!.verdict).toBe('accepted');

    // Left blank on a change, the secret stays; the hand-off still verifies.
    const put = await admin.request({ method: 'PUT', url: '/dashboard/api/sites/tienda', payload: { name: 'Tienda', origins: ['https://tienda.example'], handoff: { webhook: { url: receiver.url } } } });
    expect(put.statusCode).toBe(200);
    expect(put.body).not.toContain(SECRET);
    expect(put.json()).toMatchObject({ site: { handoff: { webhook: { secret_hint: '…wxyz' } } } });
    expect(put.json().site.handoff.email).toBeUndefined();
    const second = makeRecord({ site: 'tienda', channel: 'inbox', reference: 'AY-7K3-Q9G' }, 2);
    expect((await d.app.inject({ method: 'POST', url: '/v1/handoffs', headers: { 'content-type': 'text/plain', origin: 'https://tienda.example' }, payload: JSON.stringify(second) })).statusCode).toBe(200);
    expect((await receiver.waitForAccepted(2))[1]!.handoff.reference).toBe('AY-7K3-Q9G');
    // Hand-offs from another origin are refused like events.
    const foreign = await d.app.inject({ method: 'POST', url: '/v1/handoffs', headers: { 'content-type': 'text/plain', origin: 'https://evil.example' }, payload: JSON.stringify(makeRecord({ site: 'tienda' }, 3)) });
    expect(foreign.statusCode).toBe(403);
  });

  it('names the bad field in a 400, and stores nothing', async () => {
    await open();
    const admin = await d.as('admin');
    const cases: [object, string, RegExp][] = [
      [{ key: 'tienda', origins: ['https://ok.example', 'javascript:alert(1)'] }, 'origins[1]', /origins like "https:\/\/shop.example"/],
      [{ key: 'tienda', origins: ['https://tienda.example/path'] }, 'origins[0]', /origins like/],
      [{ key: 'tienda', origins: [] }, 'origins', /at least one origin/],
      [{ key: 'bad key!', origins: ['https://tienda.example'] }, 'key', /site key of 1-64 characters/],
      [{ origins: ['https://tienda.example'] }, 'key', /is required/],
      [{ key: 'tienda', origins: ['https://tienda.example'], handoff: { webhook: { url: 'https://hooks.example/x' } } }, 'handoff.webhook.secret', /is required/],
      [{ key: 'tienda', origins: ['https://tienda.example'], handoff: { webhook: { url: 'https://hooks.example/x', secret: 'short' } } }, 'handoff.webhook.secret', /at least 16 characters/],
      [{ key: 'tienda', origins: ['https://tienda.example'], handoff: { webhook: { url: 'ftp://hooks.example', secret: SECRET } } }, 'handoff.webhook.url', /bad format/],
      [{ key: 'tienda', origins: ['https://tienda.example'], handoff: { email: { to: 'a@b.example', channels: ['fax'] } } }, 'handoff.email.channels[0]', /must be one of inbox, email/],
      [{ key: 'tienda', origins: ['https://tienda.example'], colour: 'red' }, 'colour', /not an allowed field/],
    ];
    for (const [body, path, message] of cases) {
      const res = await createSite(admin, body);
      expect(res.statusCode, path).toBe(400);
      expect(res.json(), path).toMatchObject({ error: 'invalid_site', path });
      expect(res.json().message, path).toMatch(message);
      expect(res.body).not.toContain('javascript:');
    }
    expect((await listSites(admin)).sites.map((s) => s.key)).toEqual(['demo', 'shop']);
    // A key that is taken.
    expect((await createSite(admin, { key: 'tienda', origins: ['https://tienda.example'] })).statusCode).toBe(201);
    const again = await createSite(admin, { key: 'tienda', origins: ['https://other.example'] });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ path: 'key' });
  });

  it('keeps the sites of ayuda.config.json read-only', async () => {
    await open();
    const admin = await d.as('admin');
    const demo = (await listSites(admin)).sites.find((s) => s.key === 'demo')!;
    expect(demo).toMatchObject({ source: 'config', name: 'demo', origins: ['http://localhost:5173'] });
    // A file site's name comes from the file; without one, its key.
    expect((await listSites(admin)).sites.find((s) => s.key === 'shop')).toMatchObject({ source: 'config', name: 'Shop <EU>' });
    for (const res of [
      await admin.request({ method: 'PUT', url: '/dashboard/api/sites/demo', payload: { origins: ['https://evil.example'] } }),
      await admin.request({ method: 'DELETE', url: '/dashboard/api/sites/demo' }),
      await createSite(admin, { key: 'shop', origins: ['https://evil.example'] }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: 'read_only', path: 'key', message: expect.stringMatching(/ayuda\.config\.json/) });
    }
    expect((await sendEvents('demo', 'https://evil.example')).statusCode).toBe(403);
    expect((await sendEvents('demo', 'http://localhost:5173')).statusCode).toBe(200);
  });

  it('refuses viewers (403), logged-out visitors (401) and changes without the CSRF token (403)', async () => {
    await open();
    const viewer = await d.as('viewer');
    const anonymous = d.client();
    const admin = await d.as('admin');
    const body = { key: 'tienda', origins: ['https://tienda.example'] };
    for (const [c, status] of [[viewer, 403], [anonymous, 401]] as const) {
      expect((await c.get('/dashboard/api/sites')).statusCode).toBe(status);
      expect((await createSite(c, body)).statusCode).toBe(status);
      expect((await c.request({ method: 'PUT', url: '/dashboard/api/sites/demo', payload: body })).statusCode).toBe(status);
      expect((await c.request({ method: 'DELETE', url: '/dashboard/api/sites/demo' })).statusCode).toBe(status);
    }
    const noCsrf = await admin.request({ method: 'POST', url: '/dashboard/api/sites', payload: body, csrf: false });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ error: 'csrf' });
    expect((await sendEvents('tienda', 'https://tienda.example')).statusCode).toBe(403);
    expect((await createSite(admin, body)).statusCode).toBe(201);
    expect((await admin.request({ method: 'DELETE', url: '/dashboard/api/sites/tienda', csrf: false })).statusCode).toBe(403);
    expect((await sendEvents('tienda', 'https://tienda.example')).statusCode).toBe(200);
  });

  it('a site added through one collector process is accepted by another on the same database shortly after', async () => {
    const file = TEST_STORE === 'sqlite' ? join(mkdtempSync(join(tmpdir(), 'ayuda-sites-')), 'ayuda.db') : await testDatabase();
    const [a, b] = [await openDatabase(file), await openDatabase(file)];
    const other = createCollector({ db: b, config: parseConfig({ sites: [{ key: 'demo', origins: ['http://localhost:5173'] }] }), dashboard: false, sitesRefreshMs: 100 });
    await other.ready();
    closers.push(async () => {
      await other.close();
      await b.close();
      await a.close();
    });
    const post = () => other.inject({ method: 'POST', url: '/v1/events', headers: { 'content-type': 'text/plain', origin: 'https://tienda.example' }, payload: JSON.stringify(makeBatch(1, 0, 'tienda', 'rt')) });
    expect((await post()).statusCode).toBe(403);
    const { insertSite } = await import('../../server/sites/store.ts');
    await insertSite(a.kysely, 'tienda', { name: 'Tienda', origins: ['https://tienda.example'] });
    await expect.poll(async () => (await post()).statusCode, { timeout: 3000, interval: 50 }).toBe(200);
  });

  it('keeps dashboard sites across restarts, and follows the file for its own sites', async () => {
    const file = TEST_STORE === 'sqlite' ? join(mkdtempSync(join(tmpdir(), 'ayuda-sites-')), 'ayuda.db') : await testDatabase();
    const start = async (sites: object[]) => {
      const db = await openDatabase(file);
      const app = createCollector({ db, config: parseConfig({ sites }), dashboard: false });
      await app.ready();
      const close = async (): Promise<void> => {
        await app.close();
        await db.close();
      };
      closers.push(close);
      return { app, db, close };
    };
    // First run: the file names demo and shop; the dashboard adds tienda (written as the routes do).
    const first = await start([{ key: 'demo', origins: ['http://localhost:5173'] }, { key: 'shop', origins: ['https://shop.example'] }]);
    const { insertSite } = await import('../../server/sites/store.ts');
    await insertSite(first.db.kysely, 'tienda', { name: 'Tienda', origins: ['https://tienda.example'] });
    await first.close();
    // Second run: shop left the file, demo changed its origins.
    const second = await start([{ key: 'demo', origins: ['https://demo.example'] }]);
    const post = (site: string, origin: string) =>
      second.app.inject({ method: 'POST', url: '/v1/events', headers: { 'content-type': 'text/plain', origin }, payload: JSON.stringify(makeBatch(1, 0, site, `r${site}`)) });
    expect((await post('tienda', 'https://tienda.example')).statusCode).toBe(200);
    expect((await post('shop', 'https://shop.example')).statusCode).toBe(403);
    expect((await post('demo', 'http://localhost:5173')).statusCode).toBe(403);
    expect((await post('demo', 'https://demo.example')).statusCode).toBe(200);
    await second.close();
  });
});
