import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, store, unanswered } from './seed.ts';
import { dashboardApp, type Client, type DashboardApp } from './dashboard-app.ts';
import { clockFromNoon } from './noon.ts';

let d: DashboardApp;
let admin: Client;
const NOW = clockFromNoon();
const ago = (days: number): number => NOW - days * DAY;

beforeEach(async () => {
  d = await dashboardApp();
  admin = await d.as('admin');
  await store(d.db, [
    ...[1, 2, 3].map((n) => unanswered({ query: '¿Cuándo llega mi reembolso?', at: ago(n) })),
    unanswered({ query: 'reembolso no llega', at: ago(4) }),
    unanswered({ query: 'Devolver un pedido roto', at: ago(2) }),
    unanswered({ query: 'devolver pedido roto', at: ago(3) }),
    unanswered({ query: 'factura con otro NIF', at: ago(3), site: 'shop' }),
  ]);
});
afterEach(async () => {
  await d.close();
});

interface Listed { groups: { id: number; representative: string; count: number; site: string }[] }
const groups = async (): Promise<Listed['groups']> => ((await admin.get('/dashboard/api/groups')).json() as Listed).groups;
const idOf = async (wording: string): Promise<number> => (await groups()).find((g) => g.representative === wording)!.id;
const merge = (c: Client, payload: object, csrf = true) => c.request({ method: 'POST', url: '/dashboard/api/groups/merge', payload, csrf });
const split = (c: Client, id: number, payload: object, csrf = true) => c.request({ method: 'POST', url: `/dashboard/api/groups/${id}/split`, payload, csrf });

describe('POST /dashboard/api/groups/merge', () => {
  it('merges groups into one, which later questions like either join', async () => {
    const [refund, returns] = [await idOf('¿Cuándo llega mi reembolso?'), await idOf('Devolver un pedido roto')];
    const res = await merge(admin, { into: refund, from: [returns] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: refund });
    expect((await groups()).filter((g) => g.site === 'demo').map((g) => [g.id, g.count])).toEqual([[refund, 6]]);
    // The merged group's page shows the group it is now part of.
    expect((await admin.get(`/dashboard/api/groups/${returns}`)).json()).toMatchObject({ group: { id: refund, count: 6 } });
    await store(d.db, [unanswered({ query: 'devolver el pedido roto', at: ago(1) })]);
    expect((await groups()).filter((g) => g.site === 'demo').map((g) => [g.id, g.count])).toEqual([[refund, 7]]);
    // Its workflow is the merged group's.
    const patch = await admin.request({ method: 'PATCH', url: `/dashboard/api/groups/${returns}`, payload: { owner: 'Returns team' } });
    expect(patch.json()).toMatchObject({ id: refund, owner: 'Returns team' });
  });

  it('is for admins, with the CSRF token, and refuses bad input with a reason', async () => {
    const [refund, returns, invoice] = [await idOf('¿Cuándo llega mi reembolso?'), await idOf('Devolver un pedido roto'), await idOf('factura con otro NIF')];
    const viewer = await d.as('viewer');
    expect((await merge(viewer, { into: refund, from: [returns] })).statusCode).toBe(403);
    expect((await merge(admin, { into: refund, from: [returns] }, false)).statusCode).toBe(403);
    expect((await merge(d.client(), { into: refund, from: [returns] })).statusCode).toBe(401);
    const bad = async (payload: object, status: number, reason: RegExp) => {
      const res = await merge(admin, payload);
      expect(res.statusCode, res.body).toBe(status);
      expect((res.json() as { message: string }).message).toMatch(reason);
    };
    await bad({ into: refund, from: [] }, 400, /fewer than 1|at least 1|must NOT have fewer/);
    await bad({ into: refund, from: [refund] }, 400, /itself/);
    await bad({ into: refund, from: ['x'] }, 400, /integer|number/);
    await bad({ into: refund, from: [9999] }, 404, /no such group/);
    await bad({ into: refund, from: [invoice] }, 400, /same site/);
    expect((await merge(admin, { into: refund, from: [returns] })).statusCode).toBe(200);
    await bad({ into: returns, from: [refund] }, 409, /already part/);
  });
});

describe('POST /dashboard/api/groups/:id/split', () => {
  it('moves wordings to a new group, where their later repeats go', async () => {
    const refund = await idOf('¿Cuándo llega mi reembolso?');
    await merge(admin, { into: refund, from: [await idOf('Devolver un pedido roto')] });
    const detail = (await admin.get(`/dashboard/api/groups/${refund}`)).json() as { phrasings: { phrasing: string; text: string; shared: string[] }[] };
    const roto = detail.phrasings.filter((p) => /roto/.test(p.text)).map((p) => p.phrasing);
    expect(roto.sort()).toEqual(['devolver pedido roto', 'devolver un pedido roto']);
    const res = await split(admin, refund, { phrasings: roto });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json() as { id: number };
    await store(d.db, [unanswered({ query: 'DEVOLVER PEDIDO ROTO', at: ago(1) })]);
    expect((await groups()).filter((g) => g.site === 'demo').map((g) => [g.id, g.count])).toEqual([[refund, 4], [id, 3]]);
  });

  it('is for admins, with the CSRF token, and refuses bad input with a reason', async () => {
    const refund = await idOf('¿Cuándo llega mi reembolso?');
    const viewer = await d.as('viewer');
    expect((await split(viewer, refund, { phrasings: ['reembolso no llega'] })).statusCode).toBe(403);
    expect((await split(admin, refund, { phrasings: ['reembolso no llega'] }, false)).statusCode).toBe(403);
    expect((await split(admin, refund, { phrasings: [] })).statusCode).toBe(400);
    expect((await split(admin, refund, { phrasings: ['a', 'a'] })).statusCode).toBe(400);
    expect((await split(admin, refund, { phrasings: ['x'.repeat(501)] })).statusCode).toBe(400);
    expect((await split(admin, 9999, { phrasings: ['reembolso no llega'] })).statusCode).toBe(404);
    const unknown = await split(admin, refund, { phrasings: ['devolver pedido roto'] });
    expect([unknown.statusCode, (unknown.json() as { message: string }).message]).toEqual([400, '1 of the wordings are not in this group']);
    const all = await split(admin, refund, { phrasings: ['cuando llega mi reembolso', 'reembolso no llega'] });
    expect([all.statusCode, (all.json() as { error: string }).error]).toEqual([409, 'would_empty']);
  });
});

describe('why wordings were grouped', () => {
  it('lists each wording\'s words that the group shares', async () => {
    const refund = await idOf('¿Cuándo llega mi reembolso?');
    const detail = (await admin.get(`/dashboard/api/groups/${refund}`)).json() as { phrasings: { text: string; shared: string[] }[] };
    expect(detail.phrasings.map((p) => [p.text, p.shared])).toEqual([
      ['¿Cuándo llega mi reembolso?', ['llega', 'reembolso']],
      ['reembolso no llega', ['reembolso', 'llega']],
    ]);
  });
});
