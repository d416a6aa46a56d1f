/**
 * Data a customer owns (issue 15, item 6), appended to
 * server/db/migrations.ts:
 * - `erasures`: one row per erasure (an admin's, from the dashboard or
 *   `ayuda erase`): who, when, how the customer was named (email or
 *   reference) as a keyed hash, never the value, the sites it covered and
 *   how many rows of each table went (./erase.ts);
 * - `sites.retention_days`: a site's retention period (./retention.ts), null
 *   to keep everything.
 */
import type { Kysely, Migration } from 'kysely';

export const privacyMigrations: Record<string, Migration> = {
  '0014_erasure': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('erasures')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('at', 'integer', (c) => c.notNull())
        .addColumn('by', 'text', (c) => c.notNull())
        .addColumn('matched_by', 'text', (c) => c.notNull())
        .addColumn('subject_hash', 'text', (c) => c.notNull())
        .addColumn('sites', 'text')
        .addColumn('counts', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('erasures_at').on('erasures').column('at').execute();
      await db.schema.alterTable('sites').addColumn('retention_days', 'integer').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('sites').dropColumn('retention_days').execute();
      await db.schema.dropTable('erasures').execute();
    },
  },
};
