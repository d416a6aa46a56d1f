/**
 * Schema migrations, in code (no migration folder to ship), applied with
 * Kysely's Migrator at start-up. Append new migrations; never edit old ones.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { dashboardMigrations } from './migrations-dashboard.ts';
import { handoffMigrations } from '../handoff/migrations.ts';
import { sitesMigrations } from './migrations-sites.ts';
import { questionMigrations } from './migrations-questions.ts';
import { groupingMigrations } from './migrations-grouping.ts';
import { alternatesMigrations } from '../alternates/migrations.ts';
import { dialectOf } from './dialect/index.ts';
import { eventKeyMigrations } from './migrations-event-keys.ts';
import { noticesMigrations } from '../notices/migrations.ts';
import { conversationMigrations } from '../conversation/migrations.ts';
import { spikeMigrations, spikeQueueMigrations } from '../grouping/spike-migrations.ts';
import { privacyMigrations } from '../privacy/migrations.ts';
import { attachmentMigrations } from '../attachments/migrations.ts';

export const migrations: Record<string, Migration> = {
  '0001_events': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('v', 'integer', (c) => c.notNull())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('session', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('decision', 'text')
        .addColumn('query', 'text')
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('entry', 'text')
        .addColumn('helpful', 'integer')
        .addColumn('comment', 'text')
        .addColumn('results', 'text')
        .addColumn('dropped', 'integer')
        .addColumn('at', 'integer', (c) => c.notNull())
        .addColumn('received_at', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('events_site_at').on('events').columns(['site', 'at']).execute();
      await db.schema.createIndex('events_site_reason').on('events').columns(['site', 'reason']).execute();
      await db.schema
        .createTable('outbox_drops')
        .addColumn('batch_id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('dropped', 'integer', (c) => c.notNull())
        .addColumn('received_at', 'integer', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('outbox_drops').execute();
      await db.schema.dropTable('events').execute();
    },
  },
  ...dashboardMigrations,
  ...handoffMigrations,
  ...sitesMigrations,
  ...questionMigrations,
  ...groupingMigrations,
  ...alternatesMigrations,
  ...eventKeyMigrations,
  ...noticesMigrations,
  ...conversationMigrations,
  ...spikeMigrations,
  // PostgreSQL's `seq` and `tx` (SQLite: nothing). Named after main's 0007-0010 so a database
  // made by main (which has run them) takes it as the next migration, in order.
  '0011_store_order': {
    async up(db: Kysely<unknown>) {
      await dialectOf(db).addStoreOrder(db);
    },
    async down() {},
  },
  ...attachmentMigrations,
  ...privacyMigrations,
  ...spikeQueueMigrations,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Bring the database to the latest schema; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<never>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
