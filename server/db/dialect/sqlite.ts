/** SQLite's side of ./index.ts: one connection, one writer, rowids. */
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Dialect, EventCursor, EventPosition } from './index.ts';

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  eventsAfter<DB extends { events: unknown }, O>(qb: SelectQueryBuilder<DB, 'events', O>, cursor: EventCursor) {
    return this.eventPosition(qb)
      .where(sql<boolean>`events.rowid > ${cursor.seq}`)
      .orderBy(sql`events.rowid`) as SelectQueryBuilder<DB, 'events', O & EventPosition>;
  },
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
  afterCopy: async () => {},
  isUniqueViolation: (err, table, column) => String((err as Error | undefined)?.message).includes(`UNIQUE constraint failed: ${table}.${column}`),
  skipLocked: (qb) => qb,
};
