/**
 * The hand-off record from what the customer typed, the journey they chose
 * to send and the channel that carries it. Pure: ids, time and page come in.
 */
import { withoutRemoved } from '../journey/journey.ts';
import type { Journey } from '../journey/types.ts';
import type { ChannelType, ChatVendor, Contact, HandoffDraft, HandoffRecord } from '../types.ts';
import { shownFields, type ResolvedChannel } from '../channels/resolve-channels.ts';
import type { ContactField } from '../types.ts';
import type { AttachmentMeta } from '../attachments.ts';

/** The record's identifying fields as they are, plus what the record is made from. */
export interface RecordInput extends Pick<HandoffRecord, 'id' | 'reference' | 'site' | 'session' | 'at' | 'locale' | 'timeZone' | 'path'> {
  draft: HandoffDraft;
  channel: ResolvedChannel;
  journey: Journey | undefined;
  /** The request's secret (the key to its thread): for the channels the collector carries. */
  secret?: string;
  /** The files chosen (sent where the collector carries the hand-off). */
  files?: AttachmentMeta[];
}

/** The contact fields the channel asks for, trimmed, without empty ones. */
export function contactFor(contact: Contact, fields: readonly ContactField[]): Contact {
  const out: Contact = {};
  for (const field of fields) {
    const value = contact[field]?.trim();
    if (value) out[field] = value;
  }
  return out;
}

/** The identify() traits the form asks for as contact fields ("trait:name"): sent as the contact, not again as facts. */
export const askedFacts = (channel: ResolvedChannel): string[] => shownFields(channel).map((f) => `trait:${f}`);

/** Whether the channel's hand-off goes to the collector, which takes files. */
export const carriesFiles = (channel: ResolvedChannel): boolean => channel.carrier !== 'whatsapp' && channel.carrier !== 'chat';

export function handoffRecord(input: RecordInput): HandoffRecord {
  const { draft, channel } = input;
  const journey = input.journey && withoutRemoved(input.journey, draft.removed, [...draft.removedFacts, ...askedFacts(channel)]);
  const carrier: ChannelType = channel.carrier;
  return {
    v: 1,
    id: input.id,
    reference: input.reference,
    site: input.site,
    session: input.session,
    at: input.at,
    locale: input.locale,
    timeZone: input.timeZone,
    path: input.path,
    channel: carrier,
    ...(carrier !== channel.type ? { requested: channel.type } : {}),
    ...(channel.vendor ? { vendor: channel.vendor as ChatVendor } : {}),
    // Only what the form showed for this channel (a field typed for another channel stays home).
    contact: contactFor(draft.contact, shownFields(channel)),
    question: draft.question.trim(),
    details: draft.details.trim(),
    journey: { items: journey?.items ?? [], traits: journey?.traits ?? {}, context: journey?.context ?? {} },
    // Undefined for WhatsApp and chat (no collector thread): JSON leaves it out.
    secret: input.secret,
    ...(channel.config.replyMinutes ? { replyMinutes: channel.config.replyMinutes } : {}),
    // Files only where the collector carries it (WhatsApp and a live chat take none).
    ...(input.files?.length && carriesFiles(channel) ? { attachments: input.files.map(({ id, name, size }) => ({ id, name, size })) } : {}),
  };
}
