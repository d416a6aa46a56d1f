/**
 * What the conversation keeps of an arriving hand-off: the secret's hash
 * (the secret itself never reaches the inbox, the email or the webhook),
 * the promised reply time and the due time that follows from it.
 */
import type { HandoffRecord } from '../../widget/src/handoff/types.ts';
import type { ConversationStart } from '../handoff/store-handoff.ts';
import { hashSecret } from './secret.ts';

/** Due time of a channel that promised none. */
export const DEFAULT_REPLY_MINUTES = 24 * 60;

export const dueAfter = (at: number, replyMinutes: number | null | undefined): number => at + (replyMinutes ?? DEFAULT_REPLY_MINUTES) * 60_000;

export function startConversation(record: HandoffRecord): { record: HandoffRecord; start: ConversationStart } {
  const { secret, ...rest } = record;
  return {
    record: rest,
    start: {
      secret_hash: secret ? hashSecret(secret) : null,
      reply_minutes: record.replyMinutes ?? null,
      due_at: dueAfter(record.at, record.replyMinutes),
      updated_at: record.at,
    },
  };
}
