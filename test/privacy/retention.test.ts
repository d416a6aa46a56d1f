/**
 * Retention: a site's `retentionDays` (in the config file, or set on a
 * dashboard site by an admin) makes the background step delete its
 * conversations with no activity for that long, with their messages,
 * deliveries and files, and its events older than that, in small slices; recent rows
 * and other sites' rows stay; two collectors running it at once delete
 * each row once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent } from '../../server/testing/batches.ts';
import { createRetention, DAY_MS } from '../../server/privacy/retention.ts';
import { privacyTables } from '../../server/privacy/tables.ts';
import { dashboardApp, type Client, type DashboardApp } from '../dashboard/dashboard-app.ts';
import { postEvents, postHandoff, rowsOf } from './seed.ts';
import { attachmentTables, storeAttachment } from '../../server/attachments/store.ts';

const AT = makeEvent(0).at;
const NOW = AT + 40 * DAY_MS;
const OLD = AT;
const RECENT = AT + 35 * DAY_MS;

let d: DashboardApp;
let admin: Client;
const SITES = { list: () => [{ key: 'demo', retentionDays: 30 }, { key: 'shop' }] };

async function age(id: string, createdAt: number, updatedAt: number): Promise<void> {
  await d.k.updateTable('handoffs').set({ created_at: createdAt, updated_at: updatedAt }).where('id', '=', id).execute();
}

beforeAll(async () => {
  d = await dashboardApp({ sites: [{ key: 'demo', origins: ['http://localhost:5173'], retentionDays: 30 }, { key: 'shop', origins: ['https://shop.example'] }] });
  admin = await d.as('admin', 'lead@example.com');
  await postHandoff(d, 1, { reference: 'AY-AAA-AAA', session: 'sess-old' });
  await postHandoff(d, 2, { reference: 'AY-BBB-BBB', session: 'sess-recent' });
  await postHandoff(d, 3, { reference: 'AY-CCC-CCC', site: 'shop', session: 'sess-shop' });
  for (const id of ['handoff-000001', 'handoff-000002']) {
    await admin.request({ method: 'POST', url: `/dashboard/api/handoffs/${id}/messages`, payload: { kind: 'reply', text: 'Hola' } });
  }
  for (const handoffId of ['handoff-000001', 'handoff-000002']) {
    await storeAttachment(attachmentTables(d.k), { id: `file-${handoffId}`, handoffId, site: 'demo', name: 'recibo.pdf', type: 'application/pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]), at: OLD }, 3);
  }
  await age('handoff-000001', OLD, OLD + DAY_MS); // solved long ago
  await age('handoff-000002', OLD, RECENT); // old, but the customer wrote lately
  await age('handoff-000003', OLD, OLD); // another site, no retention
  await postEvents(d, 'demo', 'sess-old', 150, 'old', OLD);
  await postEvents(d, 'demo', 'sess-recent', 5, 'recent', RECENT);
  await postEvents(d, 'shop', 'sess-shop', 5, 'shop', OLD);
});

afterAll(async () => {
  await d.close();
});

describe('retention', () => {
  it('is a site setting: the config’s shows, an admin sets and clears it on a dashboard site, a bad value is refused naming the field', async () => {
    const listed = (await admin.get('/dashboard/api/sites')).json().sites as { key: string; retentionDays: number | null }[];
    expect(listed.find((s) => s.key === 'demo')?.retentionDays).toBe(30);
    expect(listed.find((s) => s.key === 'shop')?.retentionDays).toBeNull();
    const made = await admin.request({ method: 'POST', url: '/dashboard/api/sites', payload: { key: 'outlet', origins: ['https://outlet.example'], retentionDays: 365 } });
    expect(made.statusCode).toBe(201);
    expect(made.json().site.retentionDays).toBe(365);
    const bad = await admin.request({ method: 'PUT', url: '/dashboard/api/sites/outlet', payload: { origins: ['https://outlet.example'], retentionDays: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ path: 'retentionDays' });
    const cleared = await admin.request({ method: 'PUT', url: '/dashboard/api/sites/outlet', payload: { origins: ['https://outlet.example'], retentionDays: null } });
    expect(cleared.json().site.retentionDays).toBeNull();
  });

  it('deletes the site’s idle conversations and old events in slices, keeps recent ones and other sites’; two collectors at once delete each row once', async () => {
    const before = await rowsOf(d, ['handoff-000001'], ['sess-old']);
    expect(before).toEqual({ handoffs: 1, handoff_messages: 1, handoff_deliveries: 1, handoff_attachments: 1, events: 150 });
    const kept = { recent: await rowsOf(d, ['handoff-000002'], ['sess-recent']), shop: await rowsOf(d, ['handoff-000003'], ['sess-shop']) };

    const db = privacyTables(d.db.kysely);
    const [a, b] = await Promise.all([createRetention(db, SITES, { now: () => NOW }).run(), createRetention(db, SITES, { now: () => NOW }).run()]);
    const total = (table: string): number => (a[table] ?? 0) + (b[table] ?? 0);
    // Whichever ran, each row went once; what one left (the lock taken) the next run takes.
    const again = await createRetention(db, SITES, { now: () => NOW }).run();
    expect(total('handoffs') + (again.handoffs ?? 0)).toBe(1);
    expect(total('events') + (again.events ?? 0)).toBe(150);
    expect(total('handoff_messages') + (again.handoff_messages ?? 0)).toBe(1);

    expect(await rowsOf(d, ['handoff-000001'], ['sess-old'])).toEqual({ handoffs: 0, handoff_messages: 0, handoff_deliveries: 0, handoff_attachments: 0, events: 0 });
    expect(await rowsOf(d, ['handoff-000002'], ['sess-recent'])).toEqual(kept.recent);
    expect(await rowsOf(d, ['handoff-000003'], ['sess-shop'])).toEqual(kept.shop);
    expect(kept.recent).toMatchObject({ handoffs: 1, handoff_attachments: 1, events: 5 });
    expect(kept.shop).toMatchObject({ handoffs: 1, events: 5 });
    // Nothing left to delete.
    expect(await createRetention(db, SITES, { now: () => NOW }).run()).toMatchObject({ events: 0 });
  });
});
