/**
 * The background steps' cursors (`grouping_cursor`, one row per step): the
 * last events rowid each step has handled, read and moved inside the step's
 * own transaction.
 */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema } from './dashboard-schema.ts';

export async function readCursor(trx: Kysely<DashboardSchema>, name: string): Promise<number> {
  return (await trx.selectFrom('grouping_cursor').select('last_rowid').where('name', '=', name).executeTakeFirst())?.last_rowid ?? 0;
}

export async function saveCursor(trx: Kysely<DashboardSchema>, name: string, lastRowid: number): Promise<void> {
  await trx
    .insertInto('grouping_cursor')
    .values({ name, last_rowid: lastRowid })
    .onConflict((oc) => oc.column('name').doUpdateSet({ last_rowid: sql`excluded.last_rowid` }))
    .execute();
}
