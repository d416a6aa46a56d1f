/**
 * `0013_attachments`, appended to server/db/migrations.ts: the files
 * customers attach to a hand-off, bytes and all, in the database (so every
 * collector process on one PostgreSQL database serves them, and `ayuda db
 * copy` and a backup carry them):
 * - `handoff_attachments`: one row per file, keyed by the id the browser
 *   made (a resend stores nothing twice), with its hand-off (`handoff_id`),
 *   site, a safe file name, the sniffed type, size, SHA-256 and the bytes
 *   (`data`: SQLite `blob`, PostgreSQL `bytea`).
 * A hand-off's files go with `deleteAttachments(db, handoffId)` (./store.ts).
 */
import type { Kysely, Migration } from 'kysely';
import { dialectOf } from '../db/dialect/index.ts';

export const attachmentMigrations: Record<string, Migration> = {
  '0013_attachments': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('handoff_attachments')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('handoff_id', 'text', (c) => c.notNull())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('data', dialectOf(db).bytesType, (c) => c.notNull())
        .addColumn('created_at', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('handoff_attachments_handoff').on('handoff_attachments').columns(['handoff_id']).execute();
      await db.schema.createIndex('handoff_attachments_site_at').on('handoff_attachments').columns(['site', 'created_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('handoff_attachments').execute();
    },
  },
};
