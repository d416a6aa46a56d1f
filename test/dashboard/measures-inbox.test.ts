import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AyudaEvent } from '../../widget/src/events/schema.ts';
import { answered, DAY, eventId, store, unanswered } from './seed.ts';
import { dashboardApp, PASSWORD, type Client, type DashboardApp } from './dashboard-app.ts';
import { clockFromNoon } from './noon.ts';

let d: DashboardApp;
let admin: Client;
const NOW = clockFromNoon();

function read(session: string, at: number, entry: string): AyudaEvent {
  return { v: 1, id: eventId(at), type: 'answer_read', site: 'demo', session, at, locale: 'es', path: '/ayuda', entry };
}
function rated(session: string, at: number, entry: string, helpful: boolean, query = 'envío'): AyudaEvent {
  return { v: 1, id: eventId(at), type: 'feedback', site: 'demo', session, at, locale: 'es', path: '/ayuda', query, entry, helpful, ...(!helpful && { reason: 'not_helpful' as const }) };
}

beforeEach(async () => {
  d = await dashboardApp();
  admin = await d.as('admin');
});
afterEach(async () => {
  await d.close();
});

describe('GET /dashboard/api/measures', () => {
  it('computes resolution per help session, the unanswered rate per question, helpfulness and top questions, with daily series', async () => {
    const y = NOW - DAY;
    await store(d.db, [
      // Session 1: searched, read, helpful → resolved.
      answered(y, 'Envío gratis', 'sess-m0000001'), read('sess-m0000001', y + 1, 'envio'), rated('sess-m0000001', y + 2, 'envio', true, 'Envío gratis'),
      // Session 2: searched, "not helpful" → unresolved; the answer it showed proved wrong.
      answered(y, 'envio gratis', 'sess-m0000002'), rated('sess-m0000002', y + 2, 'envio', false, 'envio gratis'),
      // Session 3: nothing found, then asked a person: one question, unresolved.
      unanswered({ query: 'hablar con alguien', at: NOW, session: 'sess-m0000003' }), unanswered({ query: 'hablar con alguien', at: NOW + 1, session: 'sess-m0000003', reason: 'asked_human' }),
      // Session 4: searched, read nothing → unresolved.
      answered(NOW, 'ENVÍO GRATIS', 'sess-m0000004'),
    ]);
    const res = await admin.get('/dashboard/api/measures');
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect(m.days).toHaveLength(30);
    expect(m.resolution).toMatchObject({ sessions: 4, resolved: 1, rate: 0.25, previous: null });
    expect(m.resolution.series.slice(-2)).toEqual([0.5, 0]);
    expect(m.resolution.reasons).toEqual([
      { reason: 'asked_human', sessions: 1 },
      { reason: 'not_helpful', sessions: 1 },
      { reason: 'nothing_read', sessions: 1 },
    ]);
    expect(m.unanswered).toMatchObject({ questions: 4, unanswered: 2, rate: 0.5 });
    expect(m.helpfulness).toMatchObject({ yes: 1, no: 1, rate: 0.5 });
    expect(m.helpfulness.entries).toEqual([{ entry: 'envio', yes: 1, no: 1, reads: 1, rate: 0.5, wrong: 1, shown: 3 }]);
    // Case and accents folded into one question, shown as one of its spellings.
    expect(m.top_searches.queries[0]).toMatchObject({ query: expect.stringMatching(/^env[ií]o gratis$/i), count: 3, answered: 2 });
    expect(m.top_searches.series.slice(-2)).toEqual([2, 2]);
    expect(m.handoffs).toEqual({ total: 0, by_channel: [], series: {} });
  });

  it('counts hand-offs per channel once the hand-off table has rows', async () => {
    await d.k.insertInto('handoffs').values([
      { id: 'h1', reference: 'AY-7K3Q', site: 'demo', session: 'sess-h1', created_at: NOW, status: 'open', contact_name: 'Ana', contact_email: 'ana@example.com', question: '¿Dónde está mi pedido?', details: null, transcript: '[]', channel: 'email' },
      { id: 'h2', reference: 'AY-2B9X', site: 'demo', session: 'sess-h2', created_at: NOW, status: 'open', contact_name: null, contact_email: null, question: 'q', details: null, transcript: '[]', channel: 'whatsapp' },
      { id: 'h3', reference: 'AY-5C1Z', site: 'demo', session: 'sess-h3', created_at: NOW - DAY, status: 'solved', contact_name: null, contact_email: null, question: 'q', details: null, transcript: '[]', channel: 'email' },
    ]).execute();
    const m = (await admin.get('/dashboard/api/measures')).json();
    expect(m.handoffs.total).toBe(3);
    expect(m.handoffs.by_channel).toEqual([{ channel: 'email', count: 2 }, { channel: 'whatsapp', count: 1 }]);
    expect(m.handoffs.series.email.slice(-2)).toEqual([1, 1]);
  });
});

describe('the inbox', () => {
  beforeEach(async () => {
    const transcript = JSON.stringify([
      { type: 'search', at: NOW - 60_000, query: '<img src=x onerror=alert(1)>', decision: 'none' },
      { type: 'page', at: NOW - 30_000, path: '/pedidos', title: 'Mis pedidos' },
    ]);
    await d.k.insertInto('handoffs').values([
      { id: 'h1', reference: 'AY-7K3Q', site: 'demo', session: 'sess-h1', created_at: NOW, status: 'open', contact_name: 'Ana', contact_email: 'ana@example.com', question: '¿Dónde está mi pedido?', details: 'Pedido LU-123', transcript, channel: 'inbox' },
      { id: 'h2', reference: 'AY-2B9X', site: 'demo', session: 'sess-h2', created_at: NOW - 1000, status: 'solved', contact_name: null, contact_email: 'bob@example.com', question: 'Factura', details: null, transcript: '[]', channel: 'email' },
    ]).execute();
  });

  it('lists hand-offs newest first and finds one by reference or email', async () => {
    const all = (await admin.get('/dashboard/api/handoffs')).json().handoffs;
    expect(all.map((h: { reference: string }) => h.reference)).toEqual(['AY-7K3Q', 'AY-2B9X']);
    expect((await admin.get('/dashboard/api/handoffs?q=ay-7k3q')).json().handoffs.map((h: { id: string }) => h.id)).toEqual(['h1']);
    expect((await admin.get('/dashboard/api/handoffs?q=7K3')).json().handoffs.map((h: { id: string }) => h.id)).toEqual(['h1']);
    expect((await admin.get('/dashboard/api/handoffs?q=ay%207k3q')).json().handoffs.map((h: { id: string }) => h.id)).toEqual(['h1']);
    expect((await admin.get('/dashboard/api/handoffs?q=bob@')).json().handoffs.map((h: { id: string }) => h.id)).toEqual(['h2']);
    expect((await admin.get('/dashboard/api/handoffs?status=solved')).json().handoffs.map((h: { id: string }) => h.id)).toEqual(['h2']);
    expect((await admin.get('/dashboard/api/handoffs?q=%25')).json().handoffs).toEqual([]);
  });

  it('shows the full transcript and lets an admin close it', async () => {
    const detail = (await admin.get('/dashboard/api/handoffs/h1')).json().handoff;
    expect(detail).toMatchObject({ reference: 'AY-7K3Q', details: 'Pedido LU-123', transcript: [{ type: 'search', query: '<img src=x onerror=alert(1)>' }, { type: 'page', path: '/pedidos' }] });
    const closed = await admin.request({ method: 'PATCH', url: '/dashboard/api/handoffs/h1', payload: { status: 'solved' } });
    expect(closed.json()).toEqual({ id: 'h1', status: 'solved' });
    expect((await admin.request({ method: 'PATCH', url: '/dashboard/api/handoffs/nope', payload: { status: 'solved' } })).statusCode).toBe(404);
    const viewer = await d.as('viewer');
    expect((await viewer.request({ method: 'PATCH', url: '/dashboard/api/handoffs/h1', payload: { status: 'open' } })).statusCode).toBe(403);
  });
});

describe('users', () => {
  it('admins add users with a generated password, change roles, and never lose the last admin', async () => {
    const added = await admin.request({ method: 'POST', url: '/dashboard/api/users', payload: { email: 'New@Example.com', role: 'viewer' } });
    expect(added.statusCode).toBe(201);
    const { user, password } = added.json();
    expect(user).toMatchObject({ email: 'new@example.com', role: 'viewer' });
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const newcomer = d.client();
    expect((await newcomer.login('new@example.com', password)).statusCode).toBe(200);
    expect((await admin.request({ method: 'POST', url: '/dashboard/api/users', payload: { email: 'new@example.com', role: 'viewer' } })).statusCode).toBe(400);
    expect((await admin.request({ method: 'POST', url: '/dashboard/api/users', payload: { email: 'weak@example.com', role: 'viewer', password: 'short' } })).json()).toMatchObject({ path: 'password' });
    expect((await admin.request({ method: 'PATCH', url: `/dashboard/api/users/${user.id}`, payload: { role: 'admin' } })).statusCode).toBe(200);
    const me = (await admin.get('/dashboard/api/users')).json().users.find((u: { email: string }) => u.email.startsWith('admin'));
    expect((await admin.request({ method: 'DELETE', url: `/dashboard/api/users/${me.id}` })).statusCode).toBe(409);
    expect((await admin.request({ method: 'DELETE', url: `/dashboard/api/users/${user.id}` })).statusCode).toBe(200);
    // The newcomer's session ended with the account.
    expect((await newcomer.get('/dashboard/api/meta')).statusCode).toBe(401);
    const lastAdmin = await admin.request({ method: 'PATCH', url: `/dashboard/api/users/${me.id}`, payload: { role: 'viewer' } });
    expect(lastAdmin.statusCode).toBe(409);
    expect(PASSWORD.length).toBeGreaterThanOrEqual(10);
  });
});
