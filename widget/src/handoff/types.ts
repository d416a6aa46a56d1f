/**
 * The hand-off's shared vocabulary: what a site owner configures (channels),
 * what the customer fills in (draft), and what leaves the browser (the
 * hand-off record, validated by the collector with ./schema.ts). Types only.
 */
import type { JourneyItem, Traits } from './journey/types.ts';
import type { AttachmentMeta } from './attachments.ts';

/** Where a hand-off can go. `inbox`, `email` and `webhook` are a form sent to the collector, which stores it and delivers it by email and webhook as configured on the server. */
export type ChannelType = 'inbox' | 'email' | 'webhook' | 'whatsapp' | 'chat';

/** Live chats whose widget may already be on the page. */
export type ChatVendor = 'intercom' | 'crisp' | 'zendesk' | 'chatwoot' | 'tawk' | 'freshchat';

export type ContactField = 'name' | 'email' | 'phone';

/** Weekly opening hours in the channel's own time zone. */
export interface BusinessHours {
  /** IANA zone, e.g. "Europe/Madrid". */
  timeZone: string;
  /** "mon-fri 09:00-18:00", "sat 10:00-14:00", "sun closed" … ("daily 08:00-20:00" too). */
  open: string[];
}

/** One channel as the site owner writes it (`data-channels` JSON, or `createAyuda({ channels })`). */
export interface ChannelConfig {
  type: ChannelType;
  /** Unique among the channels; default: the type. */
  id?: string;
  /** Shown on the channel's choice: a string, or one per language ({ "es": "…", "en": "…" }). */
  label?: string | Record<string, string>;
  hours?: BusinessHours;
  /** Languages the people behind it speak (BCP 47 primary tags); default: any. */
  languages?: string[];
  /** Expected reply time in minutes, shown as "usually replies within …". */
  replyMinutes?: number;
  /** Contact fields the customer must give; default: email for inbox/email/webhook, none for WhatsApp and chat. */
  fields?: ContactField[];
  /** WhatsApp: the business number in international format, digits only ("34600111222"). */
  number?: string;
  /** Chat: which vendor's widget to hand over to; default: the first one found on the page. */
  vendor?: ChatVendor;
  /** Zendesk messaging: id of the conversation field (a custom ticket field) that receives the transcript. */
  zendeskFieldId?: string;
}

/** A channel setting: its config, or just its type with every default ("inbox"). */
export type ChannelSetting = ChannelType | ChannelConfig;

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
}

/** What the customer is typing; saved on every keystroke. */
export interface HandoffDraft {
  channel: string;
  question: string;
  details: string;
  contact: Contact;
  /** Journey items the customer removed from what is sent. */
  removed: string[];
  /** Traits / context keys the customer removed. */
  removedFacts: string[];
  updated: number;
}

/** A chosen file, kept in IndexedDB beside the draft (its own key: not written again at each keystroke) until Send, then in the outbox until the collector has it. */
export interface DraftFile extends AttachmentMeta {
  type: string;
  blob: Blob;
}

/** The hand-off record: what POST /v1/handoffs receives and the inbox stores. */
export interface HandoffRecord {
  v: 1;
  /** Outbox item id: the collector stores each id once. */
  id: string;
  /** Short reference the customer can read over the phone ("AY-7K3-Q9F"). */
  reference: string;
  site: string;
  session: string;
  at: number;
  locale: string;
  timeZone: string;
  /** Page the hand-off was made from. */
  path: string;
  /** Channel type that carries it. */
  channel: ChannelType;
  /** Channel the customer picked when it was closed and the inbox took over. */
  requested?: ChannelType;
  vendor?: ChatVendor;
  contact: Contact;
  question: string;
  details: string;
  journey: { items: JourneyItem[]; traits: Traits; context: Traits };
  /** The browser's key to this request's thread (POST /v1/threads); the collector keeps only its hash. */
  secret?: string;
  /** The channel's promised reply time in minutes (the inbox's due time). */
  replyMinutes?: number;
  /** The files sent with it (their bytes go apart, before it: `kind: "attachment"` outbox items). */
  attachments?: AttachmentMeta[];
}

/** A hand-off kept in the browser so the customer can come back to its reference. */
export interface SentHandoff {
  id: string;
  reference: string;
  at: number;
  channel: ChannelType;
  question: string;
  /** `saved`: in the outbox, not yet acknowledged by the collector. */
  status: 'saved' | 'sent' | 'opened';
  /** The key to its thread at the collector (requests sent to the collector since the conversation). */
  secret?: string;
  /** The collector's status and replies, as last fetched. */
  thread?: RequestThread;
}

/** A request's status at the collector. */
export type ThreadStatus = 'new' | 'open' | 'waiting' | 'solved';

/** What POST /v1/threads answers to the request's secret: no internal notes, no agent names. */
export interface RequestThread {
  id: string;
  reference: string;
  status: ThreadStatus;
  messages: ThreadMessage[];
}

export interface ThreadMessage {
  id: number;
  /** `agent`: a reply from support; `customer`: the customer's answer. */
  from: 'agent' | 'customer';
  text: string;
  at: number;
}
