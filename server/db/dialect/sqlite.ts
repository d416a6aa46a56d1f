/** SQLite's side of ./index.ts: one connection, one writer, rowids. */
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Dialect, EventCursor, EventPosition } from './index.ts';
import { wallClock } from '../slices.ts';

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  sliceClock: wallClock,
  eventsAfter<DB extends { events: unknown }, O>(qb: SelectQueryBuilder<DB, 'events', O>, cursor: EventCursor) {
    return this.eventPosition(qb)
      .where(sql<boolean>`events.rowid > ${cursor.seq}`)
      .orderBy(sql`events.rowid`) as SelectQueryBuilder<DB, 'events', O & EventPosition>;
  },
  async scanBound(db, cursor, n) {
    const { rows } = await sql<{ seq: number; events: number }>`
      select r as seq, count(*) over () as events from (select rowid as r from events where rowid > ${cursor.seq} order by rowid limit ${n}) order by r desc limit 1`.execute(db);
    const last = rows[0];
    return last ? { bound: { seq: last.seq, tx: '0' }, events: Number(last.events) } : undefined;
  },
  eventsUpTo: (qb, bound) => qb.where(sql<boolean>`events.rowid <= ${bound.seq}`),
  eventPosition: <DB extends { events: unknown }, O>(qb: SelectQueryBuilder<DB, 'events', O>) =>
    qb.select([sql<number>`events.rowid`.as('_seq'), sql<string>`'0'`.as('_tx')]) as SelectQueryBuilder<DB, 'events', O & EventPosition>,
  cursorOf: (row) => ({ seq: row._seq, tx: '0' }),
  latestEvent: () => sql<number | null>`max(rowid)`,
  phrasingOrder: () => sql`rowid`,
  contains: (haystack, needle) => sql<boolean>`instr(${haystack}, ${needle}) > 0`,
  // One process writes a SQLite file; its steps already run one at a time.
  lockStep: async () => true,
  addStoreOrder: async () => {},
  // An autoincrement key continues from the largest id stored.
  async changePrimaryKey(db, table, _key, definition) {
    const indexes = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db);
    const columns = (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows.map((c) => `"${c.name}"`).join(', ');
    await sql.raw(`create table "${table}_rebuilt" (${definition})`).execute(db);
    // With their rowids: the steps' cursors count in events' rowids.
    await sql.raw(`insert into "${table}_rebuilt" (rowid, ${columns}) select rowid, ${columns} from "${table}"`).execute(db);
    await sql.raw(`drop table "${table}"`).execute(db);
    await sql.raw(`alter table "${table}_rebuilt" rename to "${table}"`).execute(db);
    for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
  },
  afterCopy: async () => {},
  isUniqueViolation: (err, table, column) => String((err as Error | undefined)?.message).includes(`UNIQUE constraint failed: ${table}.${column}`),
  skipLocked: (qb) => qb,
  bytesType: 'blob',
};
