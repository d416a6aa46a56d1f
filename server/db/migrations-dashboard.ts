/**
 * The dashboard's tables (issue 7), appended to ./migrations.ts:
 * - `users`, `sessions` (server-side, expiring), `dashboard_settings`
 *   (secrets that must survive a restart, e.g. the CSRF HMAC key);
 * - grouping state: `question_groups` (one per group of similar unanswered
 *   questions, with its centroid and the support lead's workflow fields),
 *   `group_members` (one row per grouped event, the columns the groups view
 *   filters and counts on, in one covering index), `group_phrasings` (the
 *   customers' distinct wordings with counts), `group_terms` (term counts for
 *   spelling repair), `grouping_cursor` (last events rowid grouped);
 * - `handoffs`, created only if the hand-off code has not created it, so the
 *   inbox can be built against it (see server/db/dashboard-schema.ts);
 * - `users.language` (0005): the dashboard's language a user chose, null to
 *   follow the browser (server/dashboard/ui/i18n/languages.ts);
 * - `users.totp_secret`, `users.totp_step` (0008): an admin's optional
 *   second factor (server/auth/totp.ts) and the time step of the last code
 *   used (each code is good once).
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const dashboardMigrations: Record<string, Migration> = {
  '0002_dashboard': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'viewer')`))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .addColumn('expires_at', 'integer', (c) => c.notNull())
        .addColumn('last_seen_at', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();
      await db.schema
        .createTable('dashboard_settings')
        .addColumn('key', 'text', (c) => c.primaryKey().notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('question_groups')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('centroid', 'text', (c) => c.notNull())
        .addColumn('first_at', 'integer', (c) => c.notNull())
        .addColumn('last_at', 'integer', (c) => c.notNull())
        .addColumn('owner', 'text')
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
        .addColumn('entry_id', 'text')
        .addColumn('fixed_at', 'integer')
        .addColumn('updated_at', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('question_groups_site_lang').on('question_groups').columns(['site', 'lang']).execute();
      await db.schema
        .createTable('group_members')
        .addColumn('event_id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('group_id', 'integer', (c) => c.notNull())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('session', 'text', (c) => c.notNull())
        .addColumn('at', 'integer', (c) => c.notNull())
        .addColumn('entry', 'text')
        .execute();
      // The groups view reads only this index: filter on (site, at), count per group.
      await db.schema
        .createIndex('group_members_view')
        .on('group_members')
        .columns(['site', 'at', 'group_id', 'lang', 'reason', 'session'])
        .execute();
      await db.schema.createIndex('group_members_group').on('group_members').columns(['group_id', 'at']).execute();
      await db.schema
        .createTable('group_phrasings')
        .addColumn('group_id', 'integer', (c) => c.notNull())
        .addColumn('phrasing', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('group_phrasings_pk', ['group_id', 'phrasing'])
        .execute();
      await db.schema
        .createTable('group_terms')
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('term', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('group_terms_pk', ['site', 'lang', 'term'])
        .execute();
      await db.schema
        .createTable('grouping_cursor')
        .addColumn('name', 'text', (c) => c.primaryKey().notNull())
        .addColumn('last_rowid', 'integer', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('handoffs')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('reference', 'text', (c) => c.notNull().unique())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('session', 'text', (c) => c.notNull())
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
        .addColumn('contact_name', 'text')
        .addColumn('contact_email', 'text')
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('details', 'text')
        .addColumn('transcript', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('channel', 'text', (c) => c.notNull().defaultTo('inbox'))
        .execute();
      await db.schema.createIndex('handoffs_site_created').ifNotExists().on('handoffs').columns(['site', 'created_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['grouping_cursor', 'group_terms', 'group_phrasings', 'group_members', 'question_groups', 'dashboard_settings', 'sessions', 'users']) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
  '0005_user_language': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('language', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('users').dropColumn('language').execute();
    },
  },
  '0008_user_sites': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('sites', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('users').dropColumn('sites').execute();
    },
  },
  '0008_user_totp': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
      await db.schema.alterTable('users').addColumn('totp_step', 'integer').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('users').dropColumn('totp_step').execute();
      await db.schema.alterTable('users').dropColumn('totp_secret').execute();
    },
  },
};
