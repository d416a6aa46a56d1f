/**
 * A site's FAQ index on the server: set in ayuda.config.json or by an admin
 * on a dashboard site (URL or absolute path, refused otherwise with the
 * field named), listed with its entry count or why it did not load, and
 * used to name entries in the groups views.
 */
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSmallFaqIndex } from './small-faq-index.ts';
import { dashboardApp, type DashboardApp } from './dashboard-app.ts';
import { DAY, store, unanswered } from './seed.ts';

const SMALL_FAQ_INDEX = writeSmallFaqIndex();
const dir = dirname(SMALL_FAQ_INDEX);

const WITH_FAQ = { sites: [{ key: 'demo', origins: ['http://localhost:5173'], faq: SMALL_FAQ_INDEX }, { key: 'shop', origins: ['https://shop.example'] }] };
let d: DashboardApp;
afterEach(async () => {
  await d.close();
});

interface Listed { sites: { key: string; faq: { source: string; entries?: number; problem?: string } | null }[] }

describe("a site's FAQ index", () => {
  it('is listed for file sites and set by admins on dashboard sites, with its entries or its problem', async () => {
    d = await dashboardApp(WITH_FAQ);
    const admin = await d.as('admin');
    const create = (body: object) => admin.request({ method: 'POST', url: '/dashboard/api/sites', payload: { key: 'tienda', origins: ['https://tienda.example'], ...body } });

    expect((await create({ faq: 'ayuda/faq-index.json' })).json()).toEqual({ error: 'invalid_site', path: 'faq', message: 'must be an http(s) URL or an absolute path on the collector (like /srv/shop/ayuda/faq-index.json)' });
    expect((await create({ faq: 'ftp://tienda.example/faq-index.json' })).json()).toMatchObject({ path: 'faq', message: 'must be the path or http(s) URL of the faq-index.json that `ayuda build` writes' });
    const missing = join(dir, 'missing.json');
    const created = await create({ faq: missing });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ site: { key: 'tienda', faq: { source: missing, problem: 'no such file (run `ayuda build` first)' } } });

    const changed = await admin.request({ method: 'PUT', url: '/dashboard/api/sites/tienda', payload: { origins: ['https://tienda.example'], faq: SMALL_FAQ_INDEX } });
    expect(changed.json()).toMatchObject({ site: { faq: { source: SMALL_FAQ_INDEX, entries: 16 } } });
    const listed = (await admin.get('/dashboard/api/sites')).json() as Listed;
    expect(listed.sites.map((s) => [s.key, s.faq])).toEqual([
      ['demo', { source: SMALL_FAQ_INDEX, entries: 16 }],
      ['shop', null],
      ['tienda', { source: SMALL_FAQ_INDEX, entries: 16 }],
    ]);
    // Empty: none.
    const cleared = await admin.request({ method: 'PUT', url: '/dashboard/api/sites/tienda', payload: { origins: ['https://tienda.example'], faq: '' } });
    expect(cleared.json()).toMatchObject({ site: { faq: null } });
  });

  it('names the entries of the groups views by their question', async () => {
    d = await dashboardApp(WITH_FAQ);
    const viewer = await d.as('viewer');
    const at = Date.now() - DAY;
    await store(d.db, [
      unanswered({ query: 'devolver unas zapatillas usadas', at, reason: 'gave_up', entry: 'es-devolucion' }),
      unanswered({ query: 'factura de empresa', at, site: 'shop', reason: 'gave_up', entry: 'es-factura' }),
      unanswered({ query: 'devolver algo roto', at, reason: 'gave_up', entry: 'gone-entry' }),
    ]);
    const groups = (await viewer.get('/dashboard/api/groups')).json() as { groups: { id: number; site: string }[]; titles: Record<string, Record<string, string>> };
    // Site "shop" has no FAQ: its ids stay bare; an id the FAQ lacks too.
    expect(groups.titles).toEqual({ demo: { 'es-devolucion': '¿Cómo hago la devolución de un pedido?' } });
    const id = groups.groups.find((g) => g.site === 'demo')!.id;
    const detail = (await viewer.get(`/dashboard/api/groups/${id}`)).json() as { titles: unknown };
    expect(detail.titles).toEqual({ demo: { 'es-devolucion': '¿Cómo hago la devolución de un pedido?' } });
    // Measures' entries too ("not helpful" on an entry), by their question when a FAQ has it.
    await store(d.db, [unanswered({ query: 'devolver', at, reason: 'not_helpful', entry: 'es-devolucion' }), unanswered({ query: 'otra', at, reason: 'not_helpful', entry: 'gone-entry' })]);
    const measures = (await viewer.get('/dashboard/api/measures')).json() as { helpfulness: { entries: { entry: string; title?: string }[] } };
    expect(Object.fromEntries(measures.helpfulness.entries.map((e) => [e.entry, e.title ?? null]))).toEqual({ 'es-devolucion': '¿Cómo hago la devolución de un pedido?', 'gone-entry': null });
  });
});
