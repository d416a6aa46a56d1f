/**
 * The hand-off deliveries' tables, appended to server/db/migrations.ts (the
 * `handoffs` table itself is the dashboard's, server/db/migrations-dashboard.ts):
 * - `handoff_deliveries`: one row per hand-off and destination (email,
 *   webhook) with its state, attempts and next attempt time, and the record
 *   to deliver, so retries survive a restart;
 * - `handoff_delivery_log`: one row per attempt, with its outcome.
 * `0006_handoff_deliveries_site` indexes them by site and time, for the
 * hourly count that decides whether deliveries without Origin are held.
 */
import type { Kysely, Migration } from 'kysely';

export const handoffMigrations: Record<string, Migration> = {
  '0003_handoff_deliveries': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('handoff_deliveries')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('handoff_id', 'text', (c) => c.notNull())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_at', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'integer', (c) => c.notNull())
        .addUniqueConstraint('handoff_deliveries_once', ['handoff_id', 'target'])
        .execute();
      await db.schema.createIndex('handoff_deliveries_due').on('handoff_deliveries').columns(['status', 'next_at']).execute();
      await db.schema
        .createTable('handoff_delivery_log')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('delivery_id', 'integer', (c) => c.notNull())
        .addColumn('handoff_id', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('at', 'integer', (c) => c.notNull())
        .addColumn('ok', 'integer', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('detail', 'text')
        .execute();
      await db.schema.createIndex('handoff_delivery_log_handoff').on('handoff_delivery_log').columns(['handoff_id']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('handoff_delivery_log').execute();
      await db.schema.dropTable('handoff_deliveries').execute();
    },
  },
  '0006_handoff_deliveries_site': {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('handoff_deliveries_site_created').on('handoff_deliveries').columns(['site', 'created_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('handoff_deliveries_site_created').execute();
    },
  },
};
