/**
 * Suggestions that fit the page, learned (issue 16 #4): GET /v1/notices/:site
 * carries `suggested`, the entries customers read most per page path and
 * section, with or without notices; the widget's notices chunk adds them to
 * its suggestion rules.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoticesReply } from '../../widget/src/notices/types.ts';
import { dashboardApp, type DashboardApp } from './dashboard-app.ts';
import { store } from './seed.ts';
import { visit } from './seed-reads.ts';

let d: DashboardApp;
beforeEach(async () => {
  d = await dashboardApp();
});
afterEach(async () => d.close());

const reply = async (site = 'demo') => (await d.app.inject({ method: 'GET', url: `/v1/notices/${site}` })).json() as NoticesReply;

describe('the entries read per page, with the notices', () => {
  it('serves none before anything is read, then per path and per section, only the site\'s own', async () => {
    expect(await reply()).toEqual({ notices: [] });
    const now = Date.now();
    const events = [];
    for (let i = 0; i < 4; i++) {
      const product = visit({ session: `p${i}`, path: '/producto/lumen-aire-v8' });
      events.push(product.read(now - 1000 * i, 'bateria'), product.read(now - 1000 * i + 1, 'garantia'));
      events.push(visit({ session: `h${i}`, path: '/centro-de-ayuda/' }).read(now - 1000 * i, 'seguir-pedido'));
      events.push(visit({ session: `s${i}`, site: 'shop', path: '/producto/x' }).read(now - 1000 * i, 'otra'));
    }
    events.push(visit({ session: 'old', path: '/producto/lumen-aire-v8' }).read(now - 40 * 86_400_000, 'viejo'));
    await store(d.db, events);
    // A fresh app: the map is remembered for 10 minutes per site.
    await d.close();
    d = await dashboardApp();
    await store(d.db, events);
    const body = await reply();
    expect(body.suggested).toEqual({
      '/producto/lumen-aire-v8': ['bateria', 'garantia'],
      '/centro-de-ayuda/': ['seguir-pedido'],
      '/producto/*': ['bateria', 'garantia'],
    });
    expect((await reply('shop')).suggested).toEqual({ '/producto/x': ['otra'], '/producto/*': ['otra'] });
  });
});
