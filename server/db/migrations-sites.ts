/**
 * The sites table (issue 7: admins manage sites), appended to ./migrations.ts.
 * One row per site key the collector accepts: its display name, allowed
 * origins (JSON array of origin patterns, server/config/origins.ts), hand-off
 * destinations (JSON of HandoffSiteSettings or null, server/handoff/settings.ts)
 * and where it is defined: `config` (ayuda.config.json or the built-in
 * default, rewritten at every start) or `dashboard` (created by an admin).
 * server/sites/ reads and writes it. `0005_site_faq` adds `faq`: where the
 * site's faq-index.json is (a path or an http(s) URL), or null.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const sitesMigrations: Record<string, Migration> = {
  '0004_sites': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sites')
        .addColumn('key', 'text', (c) => c.primaryKey().notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('origins', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('handoff', 'text')
        .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('config', 'dashboard')`))
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'integer', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('sites').execute();
    },
  },
  '0005_site_faq': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('sites').addColumn('faq', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('sites').dropColumn('faq').execute();
    },
  },
};
