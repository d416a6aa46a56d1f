/**
 * Per-site access (issue 14 #4): an admin gives a user some sites only (an
 * agency, one brand of several). Every list, page, export and change
 * honours it; records of other sites do not exist for the user.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../../server/auth/users.ts';
import { dashboardApp, PASSWORD, type Client, type DashboardApp } from './dashboard-app.ts';
import { DAY, store, unanswered } from './seed.ts';
import { clockFromNoon } from './noon.ts';

const NOW = clockFromNoon();
let d: DashboardApp;
let admin: Client;

async function login(email: string, role: 'admin' | 'viewer', sites: string[] | null): Promise<Client> {
  await createUser(d.k, { email, role, password: PASSWORD, sites });
  const c = d.client();
  expect((await c.login(email)).statusCode).toBe(200);
  return c;
}

beforeEach(async () => {
  d = await dashboardApp();
  admin = await d.as('admin');
  await store(d.db, [
    unanswered({ query: 'devolver un pedido', at: NOW - DAY, site: 'demo' }),
    unanswered({ query: 'devolver un pedido', at: NOW - DAY, site: 'demo' }),
    unanswered({ query: 'factura de la tienda', at: NOW - DAY, site: 'shop' }),
    unanswered({ query: 'factura de la tienda', at: NOW - DAY, site: 'shop' }),
  ]);
  await d.k.insertInto('handoffs').values([
    { id: 'h-demo', reference: 'AY-DEM0', site: 'demo', session: 'sess-h-demo', created_at: NOW, status: 'open', contact_name: 'Ana', contact_email: 'ana@example.com', question: 'demo', details: null, transcript: '[]', channel: 'email' },
    { id: 'h-shop', reference: 'AY-SH0P', site: 'shop', session: 'sess-h-shop', created_at: NOW, status: 'open', contact_name: 'Bea', contact_email: 'bea@example.com', question: 'shop', details: null, transcript: '[]', channel: 'email' },
  ]).execute();
});
afterEach(async () => {
  await d.close();
});

describe('a user limited to some sites', () => {
  it('sees only their sites in every list, page and export, and other sites do not exist for them', async () => {
    const viewer = await login('agency@example.com', 'viewer', ['shop']);
    const meta = (await viewer.get('/dashboard/api/meta')).json();
    expect(meta.sites).toEqual(['shop']);
    expect(meta.user.sites).toEqual(['shop']);

    const groups = (await viewer.get('/dashboard/api/groups')).json();
    expect(groups.groups.map((g: { site: string }) => g.site)).toEqual(['shop']);
    const all = (await admin.get('/dashboard/api/groups')).json();
    expect(all.groups.map((g: { site: string }) => g.site).sort()).toEqual(['demo', 'shop']);
    const demoGroup = all.groups.find((g: { site: string }) => g.site === 'demo').id;
    const shopGroup = all.groups.find((g: { site: string }) => g.site === 'shop').id;

    // Another site's group is not there; asking for another site by name is refused.
    expect((await viewer.get(`/dashboard/api/groups/${demoGroup}`)).statusCode).toBe(404);
    expect((await viewer.get(`/dashboard/api/groups/${shopGroup}`)).statusCode).toBe(200);
    expect((await viewer.get(`/dashboard/api/groups/${demoGroup}/snippet.md`)).statusCode).toBe(404);
    const asked = await viewer.get('/dashboard/api/groups?site=demo');
    expect(asked.statusCode).toBe(403);
    expect(asked.json()).toMatchObject({ error: 'forbidden', path: 'site' });

    // Measures count their sites' questions only: 2 questions, not 4.
    const measures = (await viewer.get('/dashboard/api/measures')).json();
    expect(measures.top_searches.total).toBe(2);
    expect((await viewer.get('/dashboard/api/measures?site=demo')).statusCode).toBe(403);

    // Exports: every row of their site, none of the other.
    const csv = (await viewer.get('/dashboard/api/export/questions.csv')).body;
    expect(csv).toContain('factura de la tienda');
    expect(csv).not.toContain('devolver un pedido');
    const json = (await viewer.get('/dashboard/api/export/groups.json')).json();
    expect(json.groups.map((g: { site: string }) => g.site)).toEqual(['shop']);
    expect((await viewer.get(`/dashboard/api/export/questions.json?group=${demoGroup}`)).json().questions).toEqual([]);

    // The inbox: their hand-offs; another site's is not there.
    const inbox = (await viewer.get('/dashboard/api/handoffs')).json();
    expect(inbox.handoffs.map((h: { reference: string }) => h.reference)).toEqual(['AY-SH0P']);
    expect((await viewer.get('/dashboard/api/handoffs/h-demo')).statusCode).toBe(404);
    expect((await viewer.get('/dashboard/api/handoffs?site=demo')).statusCode).toBe(403);

    // Learned wordings of another site.
    expect((await viewer.get('/dashboard/api/alternates?site=demo')).statusCode).toBe(403);
    expect((await viewer.get('/dashboard/api/alternates/export.json?site=demo')).statusCode).toBe(403);
  });

  it('changes only their sites as an admin, and never users or the list of sites', async () => {
    const brand = await login('brand@example.com', 'admin', ['shop']);
    const all = (await admin.get('/dashboard/api/groups')).json();
    const demoGroup = all.groups.find((g: { site: string }) => g.site === 'demo').id;
    const shopGroup = all.groups.find((g: { site: string }) => g.site === 'shop').id;

    expect((await brand.request({ method: 'PATCH', url: `/dashboard/api/groups/${demoGroup}`, payload: { owner: 'x' } })).statusCode).toBe(404);
    expect((await brand.request({ method: 'PATCH', url: `/dashboard/api/groups/${shopGroup}`, payload: { owner: 'Bea' } })).statusCode).toBe(200);
    expect((await brand.request({ method: 'POST', url: '/dashboard/api/groups/merge', payload: { into: shopGroup, from: [demoGroup] } })).statusCode).toBe(404);
    expect((await brand.request({ method: 'PATCH', url: '/dashboard/api/handoffs/h-demo', payload: { status: 'solved' } })).statusCode).toBe(404);
    expect((await d.k.selectFrom('handoffs').select('status').where('id', '=', 'h-demo').executeTakeFirstOrThrow()).status).toBe('open');
    expect((await brand.request({ method: 'PATCH', url: '/dashboard/api/handoffs/h-shop', payload: { status: 'solved' } })).statusCode).toBe(200);

    // Users and adding or removing sites are for admins of every site.
    expect((await brand.get('/dashboard/api/users')).statusCode).toBe(403);
    expect((await brand.request({ method: 'POST', url: '/dashboard/api/users', payload: { email: 'me2@example.com', role: 'admin' } })).statusCode).toBe(403);
    expect((await brand.request({ method: 'DELETE', url: '/dashboard/api/sites/demo' })).statusCode).toBe(403);
    const sites = (await brand.get('/dashboard/api/sites')).json();
    expect(sites.sites.map((s: { key: string }) => s.key)).toEqual(['shop']);
    // Tokens of another site's learned wordings.
    expect((await brand.request({ method: 'POST', url: '/dashboard/api/alternates/tokens', payload: { site: 'demo', name: 'ci' } })).statusCode).toBe(403);
  });

  it('is set by an admin of every site, who cannot limit the last one of them', async () => {
    const created = await admin.request({ method: 'POST', url: '/dashboard/api/users', payload: { email: 'agency@example.com', role: 'viewer', sites: ['shop'], password: PASSWORD } });
    expect(created.statusCode).toBe(201);
    const id = created.json().user.id as number;
    expect(created.json().user.sites).toEqual(['shop']);
    const changed = await admin.request({ method: 'PATCH', url: `/dashboard/api/users/${id}`, payload: { sites: ['shop', 'demo'] } });
    expect(changed.json()).toMatchObject({ sites: ['demo', 'shop'] });
    const bad = await admin.request({ method: 'PATCH', url: `/dashboard/api/users/${id}`, payload: { sites: ['no such key!'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ path: 'sites' });
    // The only admin of every site limiting themselves would leave nobody to manage users.
    const me = (await admin.get('/dashboard/api/meta')).json().user.id as number;
    const last = await admin.request({ method: 'PATCH', url: `/dashboard/api/users/${me}`, payload: { sites: ['shop'] } });
    expect(last.statusCode).toBe(409);
    // A change applies to the user's next request, in the session they have.
    const agency = d.client();
    expect((await agency.login('agency@example.com')).statusCode).toBe(200);
    expect((await agency.get('/dashboard/api/meta')).json().sites).toEqual(['demo', 'shop']);
    await admin.request({ method: 'PATCH', url: `/dashboard/api/users/${id}`, payload: { sites: ['shop'] } });
    expect((await agency.get('/dashboard/api/meta')).json().sites).toEqual(['shop']);
    expect((await agency.get('/dashboard/api/groups?site=demo')).statusCode).toBe(403);
  });
});
