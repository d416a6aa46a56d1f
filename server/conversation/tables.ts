/** Row types of the conversation's table (./migrations.ts), and the collector's Kysely typed with it. */
import type { Kysely } from 'kysely';
import type { HandoffSchema } from '../handoff/tables.ts';
import type { DatabaseSchema } from '../db/index.ts';

/** `reply`: an agent's answer (emailed, shown in the widget); `customer`: the customer's answer from the widget; `note`: internal, never shown to the customer. */
export const MESSAGE_KINDS = ['reply', 'customer', 'note'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface HandoffMessagesTable {
  id: number | undefined;
  handoff_id: string;
  kind: MessageKind;
  /** The dashboard user who wrote it (agent replies and notes). */
  author_id: number | null;
  /** Their email, kept as written (the user may be removed later). */
  author: string | null;
  body: string;
  at: number;
  /** The widget's id of a customer reply: a retry is stored once. */
  client_id: string | null;
}

export type ConversationSchema = HandoffSchema & { handoff_messages: HandoffMessagesTable };

export function conversationTables(kysely: Kysely<DatabaseSchema>): Kysely<ConversationSchema> {
  return kysely as unknown as Kysely<ConversationSchema>;
}
