/**
 * `ayuda db copy`: a used SQLite database (events grouped, users logged in,
 * sites, hand-offs with deliveries) into a new PostgreSQL database; the
 * collector then carries on there: the steps where they stopped, new ids
 * after the copied ones. Runs in vitest's `postgres` project only.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCollector } from '../../server/app.ts';
import { createUser } from '../../server/auth/users.ts';
import { copyDatabase } from '../../server/db/copy-database.ts';
import { withDashboardTables } from '../../server/db/dashboard-schema.ts';
import { openDatabase, type CollectorDb } from '../../server/db/index.ts';
import { groupingStepFor } from '../../server/grouping/grouping-step.ts';
import { Client, PASSWORD, stubDist } from '../dashboard/dashboard-app.ts';
import { store, T0, unanswered } from '../dashboard/seed.ts';
import { handoffConfig } from '../handoff/collector.ts';
import { makeRecord } from '../handoff/records.ts';
import { testDatabase } from './test-store.ts';
import { png } from '../attachments/fixtures.ts';
import { handoffTables } from '../../server/handoff/tables.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function collector(location: string) {
  const db = await openDatabase(location);
  const app = createCollector({ db, config: handoffConfig({ webhookUrl: 'http://127.0.0.1:9/unreachable' }), dashboard: { distDir: stubDist(), build: false, groupingIntervalMs: 0, freshMs: Infinity }, handoffDelivery: { baseDelayMs: 60_000 } });
  await app.ready();
  const close = async () => {
    await app.close();
    await db.close();
  };
  return { db, app, k: withDashboardTables(db.kysely), close };
}

const count = async (db: CollectorDb, table: string) =>
  Number((await (db.kysely as unknown as Kysely<Record<string, Record<string, unknown>>>).selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

const questions = (from: number) =>
  ['¿Cuándo llega mi reembolso?', 'reembolso no llega', 'factura con otro NIF', 'factura a nombre de otro NIF'].map((query, i) => unanswered({ query, at: T0 + (from + i) * 60_000 }));

describe('ayuda db copy', () => {
  it('copies every table but sessions, counts match, and the collector carries on on PostgreSQL', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ayuda-copy-')), 'ayuda.db');
    const old = await collector(file);
    await store(old.db, questions(0));
    await groupingStepFor(old.k).catchUp();
    await store(old.db, questions(10)); // stored, not grouped yet
    await createUser(old.k, { email: 'lead@example.com', role: 'admin', password: PASSWORD });
    expect((await new Client(old.app).login('lead@example.com')).statusCode).toBe(200);
    // A file attached to it, bytes and all (a blob here, bytea there).
    const photo = png(64, 64, 300_000);
    const upload = await old.app.inject({ method: 'POST', url: `/v1/handoffs/attachments?site=demo&handoff=${makeRecord().id}&id=att-00000001&name=paquete.png`, headers: { 'content-type': 'application/octet-stream' }, payload: photo });
    expect(upload.statusCode).toBe(200);
    const handoff = await old.app.inject({ method: 'POST', url: '/v1/handoffs', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify(makeRecord()) });
    expect(handoff.statusCode).toBe(200);
    await vi.waitFor(async () => expect(await handoffTables(old.db.kysely).selectFrom('handoff_deliveries').select('attempts').executeTakeFirstOrThrow()).toEqual({ attempts: 1 }), { timeout: 20_000, interval: 20 });
    const members = await count(old.db, 'group_members');
    expect(members).toBe(4);
    await old.close();

    const url = await testDatabase();
    const lines: string[] = [];
    const report = await copyDatabase(file, url, (line) => lines.push(line));
    const rows = Object.fromEntries(report.tables.map((t) => [t.table, t.rows]));
    expect(rows).toMatchObject({ events: 8, group_members: 4, users: 1, handoffs: 1, handoff_deliveries: 1, handoff_delivery_log: 1, handoff_attachments: 1 });
    expect(rows.sessions).toBeUndefined();
    expect(lines.join('\n')).toMatch(/events\s+8/);
    await expect(copyDatabase(file, url)).rejects.toThrow(/not empty/);

    const now = await collector(url);
    closers.push(now.close);
    expect(await count(now.db, 'sessions')).toBe(0);
    // The file's bytes arrived whole, and the dashboard serves them from PostgreSQL.
    const lead = new Client(now.app);
    expect((await lead.login('lead@example.com')).statusCode).toBe(200);
    const copied = await lead.get(`/dashboard/api/handoffs/${makeRecord().id}/attachments/att-00000001`);
    expect(copied.statusCode).toBe(200);
    expect(copied.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(copied.rawPayload, photo)).toBe(0);
    // The step resumes after the grouped events: the four waiting are grouped, none twice.
    await groupingStepFor(now.k).catchUp();
    expect(await count(now.db, 'group_members')).toBe(8);
    const groups = await now.k.selectFrom('group_members').select('group_id').distinct().execute();
    expect(groups.length).toBeLessThanOrEqual(4);
    // New ids follow the copied ones.
    await createUser(now.k, { email: 'second@example.com', role: 'viewer', password: PASSWORD });
    expect(await count(now.db, 'users')).toBe(2);
    expect((await new Client(now.app).login('lead@example.com')).statusCode).toBe(200);
    const next = await now.app.inject({ method: 'POST', url: '/v1/handoffs', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify(makeRecord({ reference: 'AY-222-333' }, 2)) });
    expect(next.statusCode).toBe(200);
    expect(await count(now.db, 'handoff_deliveries')).toBe(2);
  });
});
