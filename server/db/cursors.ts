/**
 * The background steps' cursors (`grouping_cursor`, one row per step, and on
 * PostgreSQL a second, `<name>.tx`): where each step stopped reading events
 * (./dialect/index.ts, EventCursor), read and moved inside the step's own
 * transaction.
 */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema } from './dashboard-schema.ts';
import type { EventCursor } from './dialect/index.ts';

export async function readCursor(trx: Kysely<DashboardSchema>, name: string): Promise<EventCursor> {
  const rows = await trx.selectFrom('grouping_cursor').select(['name', 'last_rowid']).where('name', 'in', [name, `${name}.tx`]).execute();
  const value = (n: string) => rows.find((r) => r.name === n)?.last_rowid ?? 0;
  return { seq: Number(value(name)), tx: String(value(`${name}.tx`)) };
}

export async function saveCursor(trx: Kysely<DashboardSchema>, name: string, cursor: EventCursor): Promise<void> {
  const values = [{ name, last_rowid: cursor.seq }, ...(cursor.tx !== '0' ? [{ name: `${name}.tx`, last_rowid: Number(cursor.tx) }] : [])];
  await trx
    .insertInto('grouping_cursor')
    .values(values)
    .onConflict((oc) => oc.column('name').doUpdateSet({ last_rowid: sql`excluded.last_rowid` }))
    .execute();
}

/** A counter in `grouping_cursor`, moved by every write of a step, so a process sees another has written since its own last write. */
export async function bumpCounter(trx: Kysely<DashboardSchema>, name: string): Promise<number> {
  const row = await trx
    .insertInto('grouping_cursor')
    .values({ name, last_rowid: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet({ last_rowid: sql`grouping_cursor.last_rowid + 1` }))
    .returning('last_rowid')
    .executeTakeFirstOrThrow();
  return Number(row.last_rowid);
}

export async function readCounter(trx: Kysely<DashboardSchema>, name: string): Promise<number> {
  return Number((await trx.selectFrom('grouping_cursor').select('last_rowid').where('name', '=', name).executeTakeFirst())?.last_rowid ?? 0);
}
