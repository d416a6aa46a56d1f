/**
 * Notices (./tables.ts), appended to server/db/migrations.ts: the `notices`
 * table, and the events' `notice` column (the notice of a `notice_shown` or
 * `notice_read` event), indexed for the counts of a notice's page.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const noticesMigrations: Record<string, Migration> = {
  '0009_notices': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('notices')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('info', 'warning', 'incident')`))
        .addColumn('starts_at', 'integer', (c) => c.notNull())
        .addColumn('ends_at', 'integer', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('paths', 'text', (c) => c.notNull())
        .addColumn('contexts', 'text', (c) => c.notNull())
        .addColumn('about', 'text', (c) => c.notNull())
        .addColumn('entries', 'text', (c) => c.notNull())
        .addColumn('words', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('notices_site_ends').on('notices').columns(['site', 'ends_at']).execute();
      await db.schema.alterTable('events').addColumn('notice', 'text').execute();
      await sql`create index events_notice on events (notice, type, session) where notice is not null`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await sql`drop index events_notice`.execute(db);
      await db.schema.alterTable('events').dropColumn('notice').execute();
      await db.schema.dropTable('notices').execute();
    },
  },
};
