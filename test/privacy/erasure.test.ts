/**
 * Erasing a customer's data from the dashboard: admins only, with CSRF,
 * within the sites they see; a preview counts what will go and changes
 * nothing; the erasure deletes exactly those rows (hand-offs, messages,
 * deliveries, files, the events of their browser sessions) and nothing of another
 * customer; it is logged with counts and a hash, never the email.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardApp, type Client, type DashboardApp } from '../dashboard/dashboard-app.ts';
import { postEvents, postHandoff, rowsOf } from './seed.ts';
import { attachmentTables, storeAttachment } from '../../server/attachments/store.ts';

let d: DashboardApp;
let admin: Client;
let shopAdmin: Client;
let viewer: Client;

const ANA = ['handoff-000001', 'handoff-000002', 'handoff-000004'];
const ANA_SESSIONS = ['sess-ana-demo', 'sess-ana-shop'];
const BOB = ['handoff-000003'];
const BOB_SESSIONS = ['sess-bob-demo'];
const preview = (c: Client, body: object, csrf = true) => c.request({ method: 'POST', url: '/dashboard/api/erasure/preview', payload: body, csrf });
const erase = (c: Client, body: object) => c.request({ method: 'POST', url: '/dashboard/api/erasure', payload: { ...body, confirm: true } });

beforeAll(async () => {
  d = await dashboardApp({ sites: [{ key: 'demo', origins: ['http://localhost:5173'] }, { key: 'shop', origins: ['https://shop.example'] }] });
  admin = await d.as('admin', 'lead@example.com');
  viewer = await d.as('viewer', 'viewer@example.com');
  await d.k.insertInto('users').values({ email: 'shop-lead@example.com', role: 'admin', password_hash: (await d.k.selectFrom('users').select('password_hash').where('email', '=', 'lead@example.com').executeTakeFirstOrThrow()).password_hash, created_at: Date.now(), language: null, sites: JSON.stringify(['shop']) }).execute();
  shopAdmin = d.client();
  expect((await shopAdmin.login('shop-lead@example.com')).statusCode).toBe(200);

  await postHandoff(d, 1, { session: 'sess-ana-demo', contact: { name: 'Ana', email: 'ana@example.com' } });
  await postHandoff(d, 2, { reference: 'AY-7K3-Q9G', session: 'sess-ana-demo', contact: { email: 'ANA@Example.com' } });
  await postHandoff(d, 3, { reference: 'AY-BBB-BBB', session: 'sess-bob-demo', contact: { name: 'Bob', email: 'bob@example.com' } });
  await postHandoff(d, 4, { reference: 'AY-SHP-SHP', site: 'shop', session: 'sess-ana-shop', contact: { email: 'ana@example.com' } });
  await postEvents(d, 'demo', 'sess-ana-demo', 3, 'ana');
  await postEvents(d, 'shop', 'sess-ana-shop', 2, 'anashop');
  await postEvents(d, 'demo', 'sess-bob-demo', 4, 'bob');
  // A photo on Ana's first hand-off and on Bob's.
  for (const [id, handoffId] of [['att-ana', 'handoff-000001'], ['att-bob', 'handoff-000003']] as const) {
    const file = { id, handoffId, site: 'demo', name: 'foto.png', type: 'image/png' as const, bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), at: Date.now() };
    expect(await storeAttachment(attachmentTables(d.k), file, 3)).toEqual({ stored: true });
  }
  // A conversation on Ana's and Bob's hand-offs: replies (an email delivery each) and a note.
  for (const id of ['handoff-000001', 'handoff-000003']) {
    expect((await admin.request({ method: 'POST', url: `/dashboard/api/handoffs/${id}/messages`, payload: { kind: 'reply', text: 'Hola' } })).statusCode).toBe(200);
    expect((await admin.request({ method: 'POST', url: `/dashboard/api/handoffs/${id}/messages`, payload: { kind: 'note', text: 'nota' } })).statusCode).toBe(200);
  }
});

afterAll(async () => {
  await d.close();
});

describe('erasing a customer', () => {
  it('is for admins only, with the CSRF token, and refuses a request that names nobody or both', async () => {
    expect((await preview(viewer, { email: 'ana@example.com' })).statusCode).toBe(403);
    expect((await erase(viewer, { email: 'ana@example.com' })).statusCode).toBe(403);
    expect((await preview(admin, { email: 'ana@example.com' }, false)).statusCode).toBe(403);
    expect((await d.client().request({ method: 'POST', url: '/dashboard/api/erasure/preview', payload: { email: 'ana@example.com' } })).statusCode).toBe(401);
    const none = await preview(admin, {});
    expect(none.statusCode).toBe(400);
    expect(none.json().path).toBe('body.email');
    expect((await preview(admin, { email: 'ana@example.com', reference: 'AY-7K3-Q9F' })).statusCode).toBe(400);
    expect((await admin.request({ method: 'POST', url: '/dashboard/api/erasure', payload: { email: 'ana@example.com' } })).statusCode).toBe(400); // not confirmed
    expect(await rowsOf(d, ANA, ANA_SESSIONS)).toMatchObject({ handoffs: 3, events: 5 });
  });

  it('an admin of some sites previews and erases within them only; another site asked for is refused', async () => {
    expect((await preview(shopAdmin, { email: 'ana@example.com', site: 'demo' })).statusCode).toBe(403);
    const plan = (await preview(shopAdmin, { email: 'ana@example.com' })).json();
    expect(plan.sites).toEqual(['shop']);
    expect(plan.plan.handoffs.map((h: { reference: string }) => h.reference)).toEqual(['AY-SHP-SHP']);
    expect(plan.plan.counts).toMatchObject({ handoffs: 1, events: 2 });
  });

  it('a preview counts every row that would go, and changes nothing', async () => {
    const res = await preview(admin, { email: 'Ana@Example.com' });
    expect(res.statusCode).toBe(200);
    const { plan } = res.json();
    expect(plan.matchedBy).toBe('email');
    expect(plan.handoffs.map((h: { id: string }) => h.id).sort()).toEqual(ANA);
    expect(plan.counts).toMatchObject({ handoffs: 3, handoff_messages: 2, handoff_deliveries: 1, handoff_attachments: 1, events: 5 });
    expect(await rowsOf(d, ANA, ANA_SESSIONS)).toEqual({ handoffs: 3, handoff_messages: 2, handoff_deliveries: 1, handoff_attachments: 1, events: 5 });
  });

  it('erases exactly the customer’s rows, nothing of another customer, and logs it with counts and a hash', async () => {
    const before = await rowsOf(d, BOB, BOB_SESSIONS);
    const planned = (await preview(admin, { email: 'ana@example.com' })).json().plan;
    const res = await erase(admin, { email: 'ana@example.com' });
    expect(res.statusCode).toBe(200);
    const { erased } = res.json();
    expect(erased.counts).toEqual(planned.counts);
    expect(await rowsOf(d, ANA, ANA_SESSIONS)).toEqual({ handoffs: 0, handoff_messages: 0, handoff_deliveries: 0, handoff_attachments: 0, events: 0 });
    expect(await rowsOf(d, BOB, BOB_SESSIONS)).toEqual(before);
    expect(before).toEqual({ handoffs: 1, handoff_messages: 2, handoff_deliveries: 1, handoff_attachments: 1, events: 4 });
    // Erasing again finds nothing.
    expect((await preview(admin, { email: 'ana@example.com' })).json().plan.counts).toMatchObject({ handoffs: 0, events: 0 });

    const log = (await admin.get('/dashboard/api/erasures')).json().erasures;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ by: 'lead@example.com', matched_by: 'email', sites: null, counts: planned.counts });
    expect(log[0].subject_hash).toMatch(/^[0-9a-f]{64}$/);
    const stored = await d.k.selectFrom('erasures' as never).selectAll().execute();
    expect(JSON.stringify(stored).toLowerCase()).not.toContain('ana');
    expect((await viewer.get('/dashboard/api/erasures')).statusCode).toBe(403);
    // The shop admin sees only erasures made within their sites.
    expect((await shopAdmin.get('/dashboard/api/erasures')).json().erasures).toEqual([]);
  });

  it('by reference: that hand-off and its session’s events, logged with the reference’s hash', async () => {
    const res = await erase(admin, { reference: 'ay-bbb-bbb', site: 'demo' });
    expect(res.json().erased.counts).toMatchObject({ handoffs: 1, handoff_messages: 2, events: 4 });
    expect(await rowsOf(d, BOB, BOB_SESSIONS)).toEqual({ handoffs: 0, handoff_messages: 0, handoff_deliveries: 0, handoff_attachments: 0, events: 0 });
    const log = (await admin.get('/dashboard/api/erasures')).json().erasures;
    expect(log[0]).toMatchObject({ matched_by: 'reference', sites: ['demo'] });
  });
});
