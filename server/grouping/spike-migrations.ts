/**
 * The `group.spiking` webhook's deliveries (./spike-alerts.ts), appended to
 * server/db/migrations.ts: one row per group and UTC day, so a group
 * alerts once a day however often the step runs, and retries survive a
 * restart.
 */
import type { Kysely, Migration } from 'kysely';

export const spikeMigrations: Record<string, Migration> = {
  '0010_group_spike_alerts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('group_spike_alerts')
        .addColumn('group_id', 'integer', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_at', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('group_spike_alerts_pk', ['group_id', 'day'])
        .execute();
      await db.schema.createIndex('group_spike_alerts_due').on('group_spike_alerts').columns(['status', 'next_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('group_spike_alerts').execute();
    },
  },
};
