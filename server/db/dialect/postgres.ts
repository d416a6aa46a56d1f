/**
 * PostgreSQL's side of ./index.ts, for several collector processes on one
 * database:
 * - events carry `seq` (bigserial) and `tx` (the inserting transaction's
 *   xid8). Sequence numbers are taken before commit, so a smaller `seq` can
 *   become visible after a larger one; the background steps therefore read
 *   in (tx, seq) order and only transactions older than the oldest still
 *   running (`pg_snapshot_xmin`), which can no longer change;
 * - the steps take a transaction-scoped advisory lock per step name;
 * - hand-off deliveries are claimed with FOR UPDATE SKIP LOCKED.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Dialect, EventCursor, EventPosition } from './index.ts';
import { cpuClock } from '../slices.ts';

/** A stable 64-bit advisory lock key per step name (as a decimal string). */
export function lockKey(name: string): string {
  return createHash('sha256').update(`ayuda:${name}`).digest().readBigInt64BE(0).toString();
}

export const postgresDialect: Dialect = {
  name: 'postgres',
  sliceClock: cpuClock,
  eventsAfter<DB extends { events: unknown }, O>(qb: SelectQueryBuilder<DB, 'events', O>, cursor: EventCursor) {
    return this.eventPosition(qb)
      .where(sql<boolean>`(events.tx, events.seq) > (${cursor.tx}::xid8, ${cursor.seq}::bigint)`)
      .where(sql<boolean>`events.tx < pg_snapshot_xmin(pg_current_snapshot())`)
      .orderBy(sql`events.tx`)
      .orderBy(sql`events.seq`) as SelectQueryBuilder<DB, 'events', O & EventPosition>;
  },
  async scanBound(db, cursor, n) {
    // Statement by statement the snapshot's xmin only grows: every event up to the bound stays visible, and no other appears before it.
    // The last event by s.tx, the xid8: a bare "tx" in ORDER BY names the output column, the text, where 99 sorts after 100.
    const { rows } = await sql<{ seq: string; tx: string; events: string }>`
      select s.seq, s.tx::text as tx, count(*) over () as events from (
        select tx, seq from events
        where (tx, seq) > (${cursor.tx}::xid8, ${cursor.seq}::bigint) and tx < pg_snapshot_xmin(pg_current_snapshot())
        order by tx, seq limit ${n}
      ) s order by s.tx desc, s.seq desc limit 1`.execute(db);
    const last = rows[0];
    return last ? { bound: { seq: Number(last.seq), tx: last.tx }, events: Number(last.events) } : undefined;
  },
  eventsUpTo: (qb, bound) => qb.where(sql<boolean>`(events.tx, events.seq) <= (${bound.tx}::xid8, ${bound.seq}::bigint)`),
  eventPosition: <DB extends { events: unknown }, O>(qb: SelectQueryBuilder<DB, 'events', O>) =>
    qb.select([sql<number>`events.seq`.as('_seq'), sql<string>`events.tx::text`.as('_tx')]) as SelectQueryBuilder<DB, 'events', O & EventPosition>,
  cursorOf: (row) => ({ seq: Number(row._seq), tx: row._tx }),
  latestEvent: () => sql<number | null>`max(seq)`,
  phrasingOrder: () => sql`seq`,
  contains: (haystack, needle) => sql<boolean>`strpos(${haystack}, ${needle}) > 0`,
  async lockStep<DB>(trx: Kysely<DB>, name: string, wait: boolean) {
    if (wait) {
      await sql`select pg_advisory_xact_lock(${lockKey(name)}::bigint)`.execute(trx);
      return true;
    }
    const { rows } = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${lockKey(name)}::bigint) as ok`.execute(trx);
    return rows[0]?.ok === true;
  },
  async addStoreOrder(db: Kysely<unknown>) {
    await sql`alter table events add column seq bigserial`.execute(db);
    await sql`alter table events add column tx xid8 not null default pg_current_xact_id()`.execute(db);
    await sql`create index events_order on events (tx, seq)`.execute(db);
    await sql`create index events_seq on events (seq)`.execute(db);
    await sql`alter table group_phrasings add column seq bigserial`.execute(db);
  },
  async changePrimaryKey(db, table, key) {
    // A primary key made by CREATE TABLE is the constraint <table>_pkey.
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_pkey`)}, add primary key (${sql.join(key.map((c) => sql.ref(c)))})`.execute(db);
  },
  async afterCopy<DB>(db: Kysely<DB>, tables: string[]) {
    for (const table of tables) {
      const { rows } = await sql<{ col: string }>`
        select a.attname as col from pg_attribute a
        where a.attrelid = ${table}::regclass and a.attnum > 0 and not a.attisdropped and pg_get_serial_sequence(${table}, a.attname) is not null`.execute(db);
      for (const { col } of rows) {
        await sql`select setval(pg_get_serial_sequence(${table}, ${col}), coalesce((select max(${sql.ref(col)}) from ${sql.table(table)}), 0) + 1, false)`.execute(db);
      }
    }
  },
  isUniqueViolation(err, table, column) {
    const e = err as { code?: string; constraint?: string } | undefined;
    // A column's UNIQUE constraint is named <table>_<column>_key.
    return e?.code === '23505' && e.constraint === `${table}_${column}_key`;
  },
  skipLocked: (qb) => qb.forUpdate().skipLocked(),
  bytesType: 'bytea',
};
