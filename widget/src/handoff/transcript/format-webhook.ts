/**
 * The webhook's JSON body: the hand-off record as received (structured, for
 * machines), plus the readable transcript (for people), under an event type
 * and the delivery's creation time.
 */
import type { HandoffRecord } from '../types.ts';
import type { Transcript } from './build-transcript.ts';
import { formatText } from './format-text.ts';

export interface WebhookPayload {
  type: 'handoff.created';
  /** The hand-off id (stable across retries: receivers deduplicate by it). */
  id: string;
  created: number;
  handoff: HandoffRecord;
  transcript: { text: string; steps: { time: string; text: string }[] };
  /** The files attached, added by the collector (server/attachments/links.ts): `url` is a signed link until `expires`. */
  attachments?: { id: string; name: string; type: string; size: number; sha256: string; url?: string; expires?: number }[];
}

export function formatWebhook(record: HandoffRecord, t: Transcript): WebhookPayload {
  return { type: 'handoff.created', id: record.id, created: record.at, handoff: record, transcript: { text: formatText(t), steps: t.steps } };
}
