/**
 * The hand-off as the inbox stores it (the `handoffs` table the dashboard
 * reads): contact and question in columns, and the transcript as a JSON
 * array of `{ type, at, text, ...fields }`, the steps in order, after one
 * `handoff` item (page, language, time zone, channel asked for) and before
 * one `site` item (identify() `traits` and data-`context`), so an agent reads
 * each line and a program finds the fields.
 */
import type { HandoffRecord } from '../types.ts';
import type { Transcript } from './build-transcript.ts';

/** A row of the collector's `handoffs` table, without its inbox status (server/db/dashboard-schema.ts). */
export interface InboxRow {
  id: string;
  /** What the customer can read over the phone: "AY-7K3-Q9F". */
  reference: string;
  site: string;
  session: string;
  created_at: number;
  contact_name: string | null;
  contact_email: string | null;
  question: string;
  details: string | null;
  /** JSON text of the transcript items. */
  transcript: string;
  /** "inbox", "email", "webhook", "whatsapp", "chat:intercom"… */
  channel: string;
}

export function inboxTranscript(record: HandoffRecord, t: Transcript): Record<string, unknown>[] {
  const { contact, journey } = record;
  const head: Record<string, unknown> = {
    type: 'handoff',
    at: record.at,
    path: record.path,
    locale: record.locale,
    timeZone: record.timeZone,
    ...(record.requested ? { requested: record.requested } : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
  };
  const steps = journey.items.map(({ kind, id: _id, ...fields }, i) => ({ type: kind, ...fields, text: t.steps[i]!.text }));
  const site = Object.keys(journey.traits).length + Object.keys(journey.context).length > 0;
  return [head, ...steps, ...(site ? [{ type: 'site', traits: journey.traits, context: journey.context }] : [])];
}

export function formatInbox(record: HandoffRecord, t: Transcript): InboxRow {
  return {
    id: record.id,
    reference: record.reference,
    site: record.site,
    session: record.session,
    created_at: record.at,
    contact_name: record.contact.name ?? null,
    contact_email: record.contact.email ?? null,
    question: record.question,
    details: record.details || null,
    transcript: JSON.stringify(inboxTranscript(record, t)),
    channel: record.vendor ? `${record.channel}:${record.vendor}` : record.channel,
  };
}
