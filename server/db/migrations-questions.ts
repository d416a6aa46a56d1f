/**
 * One question, counted once (server/dashboard/sessions/help-sessions.ts):
 * - `group_members.question`, the folded wording, so the grouping step groups
 *   a wording once per help session (a search that found nothing, then "No",
 *   then a request for a person, on the same words, is one question);
 * - `answered_pending`, per browser session the latest answered search not
 *   judged yet: what follows it decides whether it was answered wrongly;
 * - an index on events (session, at) to read what followed.
 */
import type { Kysely, Migration } from 'kysely';

export const questionMigrations: Record<string, Migration> = {
  '0005_questions': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('group_members').addColumn('question', 'text').execute();
      await db.schema.createIndex('group_members_question').on('group_members').columns(['session', 'question', 'at']).execute();
      await db.schema.createIndex('events_session_at').on('events').columns(['session', 'at']).execute();
      await db.schema
        .createTable('answered_pending')
        .addColumn('session', 'text', (c) => c.primaryKey().notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('at', 'integer', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('answered_pending').execute();
      await db.schema.dropIndex('events_session_at').execute();
      await db.schema.dropIndex('group_members_question').execute();
      await db.schema.alterTable('group_members').dropColumn('question').execute();
    },
  },
};
