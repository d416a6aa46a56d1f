/**
 * The one place that opens the collector's database: better-sqlite3 under
 * Kysely, WAL journal on a real file, schema migrated on open; or, for a
 * `postgres://` URL, PostgreSQL (./open-postgres.ts). Everything else talks
 * to the {@link CollectorDb} interface.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { EventBatch } from '../../widget/src/events/schema.ts';
import { EVENT_COLUMNS, rowValues, toRow } from './event-rows.ts';
import { createGroupCommit } from './group-commit.ts';
import { migrateToLatest } from './migrations.ts';
import { isPostgresUrl, openPostgres } from './open-postgres.ts';
import type { DatabaseSchema } from './schema.ts';

export const DEFAULT_DB_FILE = './data/ayuda.db';
export const MEMORY = ':memory:';

export interface InsertResult {
  /** Events stored by this call. */
  accepted: number;
  /** Events whose id was already stored. */
  duplicates: number;
}

export interface CollectorDb {
  /** Absolute path of the database file, ":memory:", or the PostgreSQL URL without its password. */
  readonly file: string;
  /** Typed query builder, for reads (dashboard, tests). */
  readonly kysely: Kysely<DatabaseSchema>;
  /**
   * Store a validated batch atomically: every event or none. Events already
   * stored (same site and id) are counted as duplicates, not errors. Resolves after
   * the commit. (Batches arriving together share one transaction, each in
   * its own savepoint.)
   */
  insertBatch(batch: EventBatch, receivedAt?: number): Promise<InsertResult>;
  /** Throws when the database cannot answer a query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Write once and roll back, so that a database the collector cannot write
 * (a read-only file or mount, a full disk) is refused at start with its real
 * cause, rather than failing later (the first write, or "cannot listen").
 */
function probeWrite(sqlite: Database.Database, path: string): void {
  try {
    sqlite.exec('BEGIN IMMEDIATE; CREATE TABLE ayuda_write_probe (x); ROLLBACK');
  } catch (err) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    const e = err as Error & { code?: string };
    throw new Error(`database ${path} cannot be written (${e.code ?? 'error'}: ${e.message}); check the file's and its folder's permissions, free disk space, or pass another --db`, { cause: err });
  }
}

/**
 * @example
 * const db = await openDatabase('./data/ayuda.db'); // or ':memory:' in tests, or 'postgres://user:pass@host/db'
 * await db.insertBatch(batch);
 * await db.close();
 */
export async function openDatabase(file: string = DEFAULT_DB_FILE): Promise<CollectorDb> {
  if (isPostgresUrl(file)) return openPostgres(file);
  const onDisk = file !== MEMORY && file !== '';
  const path = onDisk ? resolve(file) : MEMORY;
  if (onDisk) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  try {
    if (onDisk) {
      sqlite.pragma('journal_mode = WAL');
      // A checkpoint every ~4 MB of WAL, and the file truncated back after one.
      sqlite.pragma('wal_autocheckpoint = 1000');
      sqlite.pragma(`journal_size_limit = ${16 * 1024 * 1024}`);
    }
    // With WAL, NORMAL survives process crashes; only a power cut can lose the last commits.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    // Event ids are random, so inserts touch pages all over the primary-key
    // index: keep them in memory (64 MiB page cache) rather than re-read them.
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('temp_store = MEMORY');
  } catch (err) {
    sqlite.close();
    throw err;
  }
  const kysely = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateToLatest(kysely as Kysely<never>);
    if (onDisk) probeWrite(sqlite, path);
  } catch (err) {
    await kysely.destroy();
    throw err;
  }

  // Compile the INSERTs once with Kysely, then run them as prepared statements:
  // a batch is a handful of synchronous statement runs inside one transaction.
  const placeholder = Object.fromEntries(EVENT_COLUMNS.map((c) => [c, ''])) as never;
  const insertEventSql = kysely.insertInto('events').values(placeholder).onConflict((oc) => oc.columns(['site', 'id']).doNothing()).compile();
  if (insertEventSql.parameters.length !== EVENT_COLUMNS.length) throw new Error('events insert: unexpected parameter count');
  const insertEvent = sqlite.prepare(insertEventSql.sql);
  const insertDrops = sqlite.prepare(
    kysely
      .insertInto('outbox_drops')
      .values({ batch_id: '', site: '', dropped: 0, received_at: 0 })
      .onConflict((oc) => oc.column('batch_id').doNothing())
      .compile().sql,
  );

  // One batch, all or nothing. Inside the group transaction below it runs
  // as a SAVEPOINT: a failing batch is rolled back alone.
  const storeBatch = sqlite.transaction((batch: EventBatch, receivedAt: number): number => {
    let accepted = 0;
    for (const e of batch.events) accepted += insertEvent.run(rowValues(toRow(e, receivedAt))).changes;
    if (batch.dropped) insertDrops.run([batch.events[0]!.id, batch.site, batch.dropped, receivedAt]);
    return accepted;
  });
  // The batches of concurrent requests share one transaction (one COMMIT).
  const storeGroup = sqlite.transaction((items: { batch: EventBatch; receivedAt: number }[]) =>
    items.map(({ batch, receivedAt }): number | Error => {
      try {
        return storeBatch(batch, receivedAt);
      } catch (err) {
        // Errors that end the whole transaction (disk full, I/O) fail the group.
        if (!sqlite.inTransaction) throw err;
        return err instanceof Error ? err : new Error(String(err));
      }
    }),
  );
  const writes = createGroupCommit((items: { batch: EventBatch; receivedAt: number }[]) => storeGroup.immediate(items));

  let closed = false;
  return {
    file: path,
    kysely,
    async insertBatch(batch, receivedAt = Date.now()) {
      if (closed) throw new Error('database is closed');
      const accepted = await writes.submit({ batch, receivedAt });
      return { accepted, duplicates: batch.events.length - accepted };
    },
    async ping() {
      await sql`select 1`.execute(kysely);
    },
    async close() {
      if (closed) return;
      closed = true;
      writes.flush();
      await kysely.destroy();
    },
  };
}
