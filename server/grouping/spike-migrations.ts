/**
 * The `group.spiking` webhook's deliveries (./spike-alerts.ts), appended to
 * server/db/migrations.ts:
 * - `0010_group_spike_alerts`: one row per group and UTC day, so a group
 *   alerts once a day however often the step runs, and retries survive a
 *   restart;
 * - `0015_spike_alerts_queued`: the alerts become deliveries of the hand-off
 *   delivery queue (`handoff_deliveries`, `handoff_id` '' for the site's,
 *   target `webhook:spike-<group>-<day>`, once by its unique target): the
 *   rows of `group_spike_alerts` move there, so a group that alerted today
 *   does not alert again and a pending retry goes on, and the table goes.
 */
import { sql, type Kysely, type Migration } from 'kysely';

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

/** Appended after 0014 (server/db/migrations.ts). */
export const spikeQueueMigrations: Record<string, Migration> = {
  '0015_spike_alerts_queued': {
    async up(db: Kysely<unknown>) {
      // Portable SQL: `||` joins text and numbers on SQLite and PostgreSQL alike.
      await sql`insert into handoff_deliveries (handoff_id, site, target, status, attempts, next_at, last_error, record, payload, created_at, updated_at)
        select '', site, 'webhook:spike-' || group_id || '-' || day, status, attempts, next_at, last_error, '{}', payload, created_at, updated_at
        from group_spike_alerts order by created_at, group_id`.execute(db);
      await db.schema.dropTable('group_spike_alerts').execute();
    },
    async down() {},
  },
};
