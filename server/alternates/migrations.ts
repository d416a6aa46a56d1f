/**
 * The tables of alternates learned from customers (./tables.ts), appended to
 * server/db/migrations.ts: `alternate_candidates` (one wording per site and
 * entry, with the lead's decision and the FAQ check), `alternate_uses` (each
 * resolved help session once, the counts' source), `alternate_pending`
 * (help sessions still open) and `api_tokens` (read-only export tokens).
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const alternatesMigrations: Record<string, Migration> = {
  '0007_alternates': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('alternate_candidates')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('entry', 'text', (c) => c.notNull())
        .addColumn('wording', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('proposed').check(sql`status in ('proposed', 'accepted', 'rejected')`))
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'integer')
        .addColumn('checked', 'text')
        .addColumn('unlike', 'integer')
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .addUniqueConstraint('alternate_candidates_key', ['site', 'entry', 'wording'])
        .execute();
      await db.schema.createIndex('alternate_candidates_site_status').on('alternate_candidates').columns(['site', 'status']).execute();
      await db.schema.createIndex('alternate_candidates_site_wording').on('alternate_candidates').columns(['site', 'wording']).execute();
      await db.schema
        .createTable('alternate_uses')
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('session', 'text', (c) => c.notNull())
        .addColumn('started_at', 'integer', (c) => c.notNull())
        .addColumn('candidate_id', 'integer', (c) => c.notNull())
        .addColumn('at', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('alternate_uses_pk', ['site', 'session', 'started_at'])
        .execute();
      await db.schema.createIndex('alternate_uses_candidate').on('alternate_uses').columns(['candidate_id', 'at']).execute();
      await db.schema
        .createTable('alternate_pending')
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('session', 'text', (c) => c.notNull())
        .addColumn('last_at', 'integer', (c) => c.notNull())
        .addColumn('events', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('alternate_pending_pk', ['site', 'session'])
        .execute();
      await db.schema.createIndex('alternate_pending_last_at').on('alternate_pending').column('last_at').execute();
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('hint', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .addColumn('last_used_at', 'integer')
        .addColumn('revoked_at', 'integer')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['api_tokens', 'alternate_pending', 'alternate_uses', 'alternate_candidates']) await db.schema.dropTable(table).execute();
    },
  },
};
