/**
 * Spikes suggest notices (issue 16 #3): the groups view lists the groups
 * spiking today (per-site access honoured), and `group.spiking` reaches the
 * site's webhook, signed, once per group and day.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCollector } from '../../server/app.ts';
import { parseConfig } from '../../server/config/config.ts';
import { openDatabase } from '../../server/db/index.ts';
import { withDashboardTables } from '../../server/db/dashboard-schema.ts';
import { createUser } from '../../server/auth/users.ts';
import { createSpikeAlerts, type SpikingPayload } from '../../server/grouping/spike-alerts.ts';
import type { SpikingGroup } from '../../server/grouping/spiking-groups.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../demo/sinks/webhook-receiver.ts';
import { SIGNATURE_HEADER, verifySignature } from '../../server/handoff/sign-webhook.ts';
import { groupingStepFor } from '../../server/grouping/grouping-step.ts';
import { createDeliveries } from '../../server/handoff/deliveries.ts';
import { handoffTables } from '../../server/handoff/tables.ts';
import { dashboardApp, PASSWORD, stubDist, type DashboardApp } from './dashboard-app.ts';
import { DAY, store } from './seed.ts';
import { spikeSeries } from './seed-spikes.ts';
import type { AyudaEvent } from '../../widget/src/events/schema.ts';
import { clockFromNoon } from './noon.ts';

const SECRET = 'whsec_spikes_0123456789';
const NOW = clockFromNoon();
const TODAY = Math.floor(NOW / DAY) * DAY;
const series = (site: string): AyudaEvent[] => spikeSeries(site, NOW);

describe('spiking groups on the groups view', () => {
  let d: DashboardApp;
  beforeEach(async () => {
    d = await dashboardApp();
    await store(d.db, [...series('demo'), ...series('shop')]);
  });
  afterEach(async () => d.close());

  it('lists today\'s spikes with the customers\' words and a title, not the noise, within the user\'s sites', async () => {
    const admin = await d.as('admin');
    const all = (await admin.get('/dashboard/api/groups')).json() as { spikes: SpikingGroup[] };
    expect(all.spikes.map((s) => s.site).sort()).toEqual(['demo', 'shop']);
    const [spike] = all.spikes;
    expect(spike).toMatchObject({ lang: 'es', count: 7, median: 0.5, representative: 'no me llega el pedido a canarias', title: 'No me llega el pedido a canarias', day: new Date(TODAY).toISOString().slice(0, 10) });
    expect(spike!.words).toEqual(expect.arrayContaining(['no me llega el pedido a canarias', 'pedido canarias no llega', 'no me llega mi pedido a canarias']));
    expect(spike!.words.some((w) => w.includes('talla'))).toBe(false);

    expect(((await admin.get('/dashboard/api/groups?site=shop')).json() as { spikes: SpikingGroup[] }).spikes.map((s) => s.site)).toEqual(['shop']);

    await createUser(d.k, { email: 'agency@example.com', role: 'viewer', password: PASSWORD, sites: ['shop'] });
    const viewer = d.client();
    expect((await viewer.login('agency@example.com')).statusCode).toBe(200);
    expect(((await viewer.get('/dashboard/api/groups')).json() as { spikes: SpikingGroup[] }).spikes.map((s) => s.site)).toEqual(['shop']);
    expect((await viewer.get('/dashboard/api/groups?site=demo')).statusCode).toBe(403);
  });
});

describe('the group.spiking webhook', () => {
  let hook: WebhookReceiver | undefined;
  afterEach(async () => hook?.close());

  it('posts each spiking group once a day, signed, only to sites with a webhook, and retries a failure', async () => {
    hook = await startWebhookReceiver(SECRET, { failFirst: 1 });
    const db = await openDatabase(':memory:');
    const k = withDashboardTables(db.kysely);
    await store(db, [...series('demo'), ...series('shop')]);
    await groupingStepFor(k).catchUp(10_000);
    let clock = NOW;
    const sites = { get: (key: string) => (key === 'shop' ? { handoff: { webhook: { url: hook!.url, secret: SECRET } } } : {}) };
    // The hand-off delivery queue carries the alerts; without jitter, a retry is due 1 s after the first failure.
    const deliveries = createDeliveries(handoffTables(db.kysely), { sites }, { now: () => clock, random: () => 0, baseDelayMs: 1000 });
    const alerts = createSpikeAlerts(k, sites, deliveries, { now: () => clock, recordEveryMs: 0 });

    await alerts.check();
    expect(hook.requests.map((r) => r.verdict)).toEqual(['failed-on-purpose']);
    await alerts.check(); // not due yet
    expect(hook.requests).toHaveLength(1);
    clock += 1000;
    await alerts.check();
    clock += 60_000;
    await alerts.check();
    await alerts.check();

    expect(hook.requests.map((r) => r.verdict)).toEqual(['failed-on-purpose', 'accepted']);
    const sent = hook.requests[1]!;
    expect(verifySignature(SECRET, sent.body, sent.headers[SIGNATURE_HEADER.toLowerCase()] as string, Date.now()).ok).toBe(true);
    const payload = JSON.parse(sent.body) as SpikingPayload;
    expect(payload).toMatchObject({ type: 'group.spiking', group: { site: 'shop', count: 7, representative: 'no me llega el pedido a canarias' } });
    expect(payload.id).toBe(`spike-${payload.group.id}-${payload.group.day}`);
    expect(payload.group.dashboard_path).toBe(`/dashboard/groups/${payload.group.id}`);
    expect(sent.headers['ayuda-delivery']).toBe(`${payload.id}.2`);
    // Every attempt is logged like a hand-off's, under the site's webhook event.
    const attempts = await handoffTables(db.kysely).selectFrom('handoff_delivery_log').select(['target', 'attempt', 'ok']).execute();
    expect(attempts).toEqual([
      { target: `webhook:${payload.id}`, attempt: 1, ok: 0 },
      { target: `webhook:${payload.id}`, attempt: 2, ok: 1 },
    ]);

    // Tomorrow the same group alerts again only if it spikes again.
    clock += DAY;
    await alerts.check();
    expect(hook.requests).toHaveLength(2);
    await deliveries.close();
    await db.close();
  });

  it('runs after the dashboard\'s grouping step, with the site\'s webhook from the config', async () => {
    hook = await startWebhookReceiver(SECRET);
    const db = await openDatabase(':memory:');
    const config = parseConfig({ sites: [{ key: 'shop', origins: ['https://shop.example'], handoff: { webhook: { url: hook.url, secret: SECRET } } }] });
    const app = createCollector({ db, config, dashboard: { distDir: stubDist(), build: false, groupingIntervalMs: 20, spikeAlerts: { recordEveryMs: 0 } } });
    await app.ready();
    await store(db, series('shop'));
    const [payload] = (await hook.waitForAccepted(1)) as unknown as SpikingPayload[];
    expect(payload!.group.representative).toBe('no me llega el pedido a canarias');
    await app.close();
    await db.close();
    expect(hook.accepted()).toHaveLength(1);
  });
});
