/** SQLite's side of ./index.ts: one connection, one writer, rowids. */
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Dialect, EventCursor, EventPosition } from './index.ts';

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  eventsAfter<DB extends { events: unknown }, O>(qb: SelectQueryBuilder<DB, 'events', O>, cursor: EventCursor) {
    return qb
      .select([sql<number>`events.rowid`.as('_seq'), sql<string>`'0'`.as('_tx')])
      .where(sql<boolean>`events.rowid > ${cursor.seq}`)
      .orderBy(sql`events.rowid`) as SelectQueryBuilder<DB, 'events', O & EventPosition>;
  },
  cursorOf: (row) => ({ seq: row._seq, tx: '0' }),
  latestEvent: () => sql<number | null>`max(rowid)`,
  phrasingOrder: () => sql`rowid`,
  contains: (haystack, needle) => sql<boolean>`instr(${haystack}, ${needle}) > 0`,
  // One process writes a SQLite file; its steps already run one at a time.
  lockStep: async () => true,
  addStoreOrder: async () => {},
  isUniqueViolation: (err, table, column) => String((err as Error | undefined)?.message).includes(`UNIQUE constraint failed: ${table}.${column}`),
  skipLocked: (qb) => qb,
};
