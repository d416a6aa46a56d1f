/** Secrets kept in `dashboard_settings`, made on first use, so a restart keeps them. */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';

export async function storedSecret(db: Kysely<DashboardSchema>, key: string): Promise<string> {
  await db.insertInto('dashboard_settings').values({ key, value: randomBytes(32).toString('base64url') }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('dashboard_settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}
