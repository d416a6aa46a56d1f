import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { migrations } from './migrations.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CollectorDb } from './index.ts';
import { makeBatch } from '../testing/batches.ts';
import { handoffTables, SITE_EVENT } from '../handoff/tables.ts';

const opened: CollectorDb[] = [];
async function open(file: string): Promise<CollectorDb> {
  const db = await openDatabase(file);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

/** A SQLite file made by the migrations before `upTo` (a database of an older version). */
async function oldDatabase(upTo: string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'ayuda-db-')), 'old.db');
  const old = new Kysely<never>({ dialect: new SqliteDialect({ database: new Database(file) }) });
  const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < upTo));
  expect((await new Migrator({ db: old, provider: { getMigrations: async () => before } }).migrateToLatest()).error).toBeUndefined();
  await old.destroy();
  return file;
}

describe('openDatabase', () => {
  it('creates the directory, uses WAL and migrates the schema on a real file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ayuda-db-'));
    const file = join(dir, 'nested', 'ayuda.db');
    const db = await open(file);
    expect(existsSync(file)).toBe(true);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.kysely);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    const indexes = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'events' order by name`.execute(db.kysely);
    expect(indexes.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['events_site_at', 'events_site_reason']));
    await db.close();
    // Reopening runs no migration twice.
    const again = await open(file);
    await again.insertBatch(makeBatch(2));
    expect(await again.kysely.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()).toEqual({ n: 2 });
  });

  it('keeps the events of a database made before ids were per site, with their rowids, and dedupes per site from then on', async () => {
    const file = await oldDatabase('0007');
    const raw = new Database(file);
    raw.exec(`insert into events (rowid, id, v, site, session, type, locale, path, at, received_at) values (7, 'evt-a', 1, 'demo', 's1', 'search', 'es', '/', 1, 2), (9, 'evt-b', 1, 'shop', 's2', 'search', 'es', '/', 3, 4)`);
    raw.close();
    const db = await open(file);
    const rows = await sql<{ rowid: number; id: string; site: string }>`select rowid, id, site from events order by rowid`.execute(db.kysely);
    expect(rows.rows).toEqual([{ rowid: 7, id: 'evt-a', site: 'demo' }, { rowid: 9, id: 'evt-b', site: 'shop' }]);
    const batch = makeBatch(1);
    const evtA = { ...batch, site: 'shop', events: [{ ...batch.events[0]!, id: 'evt-a', site: 'shop' }] };
    expect(await db.insertBatch(evtA)).toEqual({ accepted: 1, duplicates: 0 });
    expect(await db.insertBatch(evtA)).toEqual({ accepted: 0, duplicates: 1 });
    const indexes = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'events' order by name`.execute(db.kysely);
    expect(indexes.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['events_site_at', 'events_site_reason', 'events_session_at']));
  });

  it('moves the group.spiking alerts of a database made before they were queued into the delivery queue, each with its state (sent ones stay sent, a failing one keeps its retries)', async () => {
    const file = await oldDatabase('0015');
    const raw = new Database(file);
    raw.exec(`insert into group_spike_alerts (group_id, day, site, status, attempts, next_at, last_error, payload, created_at, updated_at)
      values (12, '2026-12-07', 'shop', 'delivered', 1, 10, null, '{"id":"spike-12-2026-12-07"}', 5, 10), (13, '2026-12-07', 'shop', 'pending', 2, 40, 'HTTP 500', '{"id":"spike-13-2026-12-07"}', 6, 20)`);
    raw.close();
    const db = await open(file);
    const queued = await handoffTables(db.kysely).selectFrom('handoff_deliveries').select(['handoff_id', 'site', 'target', 'status', 'attempts', 'next_at', 'last_error', 'payload']).orderBy('id').execute();
    expect(queued).toEqual([
      { handoff_id: SITE_EVENT, site: 'shop', target: 'webhook:spike-12-2026-12-07', status: 'delivered', attempts: 1, next_at: 10, last_error: null, payload: '{"id":"spike-12-2026-12-07"}' },
      { handoff_id: SITE_EVENT, site: 'shop', target: 'webhook:spike-13-2026-12-07', status: 'pending', attempts: 2, next_at: 40, last_error: 'HTTP 500', payload: '{"id":"spike-13-2026-12-07"}' },
    ]);
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'group_spike_alerts'`.execute(db.kysely);
    expect(tables.rows).toEqual([]);
  });

  it('stores each event once and counts duplicates', async () => {
    const db = await open(':memory:');
    expect(await db.insertBatch(makeBatch(5))).toEqual({ accepted: 5, duplicates: 0 });
    expect(await db.insertBatch(makeBatch(5, 3))).toEqual({ accepted: 3, duplicates: 2 });
    const rows = await db.kysely.selectFrom('events').select(['id', 'type', 'reason', 'helpful', 'results']).orderBy('id').execute();
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({ id: 'evt-000000', type: 'search', reason: 'no_match', helpful: null, results: '[{"id":"devoluciones","score":0.21}]' });
    expect(rows[2]).toMatchObject({ type: 'feedback', reason: 'not_helpful', helpful: 0 });
  });

  it('records batch-level outbox drops once per batch', async () => {
    const db = await open(':memory:');
    const batch = { ...makeBatch(2), dropped: 7 };
    await db.insertBatch(batch);
    await db.insertBatch(batch);
    expect(await db.kysely.selectFrom('outbox_drops').select(['site', 'dropped']).execute()).toEqual([{ site: 'demo', dropped: 7 }]);
  });

  it('stores a batch all or nothing', async () => {
    const db = await open(':memory:');
    await sql`create trigger boom before insert on events when new.id = 'evt-000003' begin select raise(abort, 'boom'); end`.execute(db.kysely);
    await expect(db.insertBatch(makeBatch(5))).rejects.toThrow(/boom/);
    expect(await db.kysely.selectFrom('events').selectAll().execute()).toEqual([]);
    expect(await db.insertBatch(makeBatch(3))).toEqual({ accepted: 3, duplicates: 0 });
  });

  it('rolls back only the failing batch when concurrent batches share a transaction', async () => {
    const db = await open(':memory:');
    await sql`create trigger boom before insert on events when new.id = 'evt-000013' begin select raise(abort, 'boom'); end`.execute(db.kysely);
    const settled = await Promise.allSettled([db.insertBatch(makeBatch(5, 0)), db.insertBatch(makeBatch(5, 10)), db.insertBatch(makeBatch(5, 20))]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const ids = (await db.kysely.selectFrom('events').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(ids).toHaveLength(10);
    expect(ids.some((id) => id.startsWith('evt-00001'))).toBe(false);
  });

  it('answers ping until closed', async () => {
    const db = await openDatabase(':memory:');
    await expect(db.ping()).resolves.toBeUndefined();
    await db.close();
    await expect(db.ping()).rejects.toThrow();
  });

  it('leaves a consistent file for other readers', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ayuda-db-')), 'a.db');
    const db = await open(file);
    await db.insertBatch(makeBatch(20));
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare('select count(*) as n from events').get()).toEqual({ n: 20 });
    expect(reader.pragma('integrity_check', { simple: true })).toBe('ok');
    reader.close();
  });
});
