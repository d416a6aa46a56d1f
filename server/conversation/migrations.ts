/**
 * The conversation after a hand-off (issue 15), appended to
 * server/db/migrations.ts:
 * - `handoffs` gains an assignee (a dashboard user), the promised reply time
 *   the channel announced, the due time that follows from it, the SHA-256 of
 *   the customer's secret (the widget's key to its thread) and the time of
 *   the last change; its statuses become new, open, waiting, solved
 *   (a "closed" hand-off is "solved");
 * - `handoff_messages`: agent replies, customer replies and internal notes;
 * - `handoff_deliveries.payload`: for the conversation's deliveries (a reply
 *   emailed to the customer, a webhook event), what to send, ready made.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const conversationMigrations: Record<string, Migration> = {
  '0010_conversations': {
    async up(db: Kysely<unknown>) {
      for (const [column, type] of [
        ['assignee_id', 'integer'],
        ['reply_minutes', 'integer'],
        ['due_at', 'integer'],
        ['secret_hash', 'text'],
        ['updated_at', 'integer'],
      ] as const) {
        await db.schema.alterTable('handoffs').addColumn(column, type).execute();
      }
      await sql`update handoffs set status = 'solved' where status = 'closed'`.execute(db);
      await db.schema
        .createTable('handoff_messages')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('handoff_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('author_id', 'integer')
        .addColumn('author', 'text')
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('at', 'integer', (c) => c.notNull())
        .addColumn('client_id', 'text')
        .addUniqueConstraint('handoff_messages_client_once', ['handoff_id', 'client_id'])
        .execute();
      await db.schema.createIndex('handoff_messages_handoff').on('handoff_messages').columns(['handoff_id', 'id']).execute();
      await db.schema.alterTable('handoff_deliveries').addColumn('payload', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('handoff_messages').execute();
    },
  },
};
