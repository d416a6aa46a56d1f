/**
 * The hand-off record's schema, shared by the widget (which sends it through
 * the outbox) and the collector (which validates and stores it). Like
 * ../events/schema.ts: versioned (`v`), every object strict, every string and
 * array bounded. The widget imports types only; no schema code reaches the
 * browser.
 */
import { Type, type Static } from 'typebox';
import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from './attachments.ts';
import { Decision, EntryId, EpochMs, EventId, Locale, PagePath, SessionId, SiteKey } from '../events/schema.ts';

export const HANDOFF_VERSION = 1 as const;
/** Largest accepted hand-off body, in bytes (as for event batches). */
export const MAX_HANDOFF_BYTES = 64 * 1024;
export const MAX_JOURNEY_ITEMS = 60;

const strict = { additionalProperties: false } as const;
const Text = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength });

export const ChannelTypeSchema = Type.Enum(['inbox', 'email', 'webhook', 'whatsapp', 'chat']);
export const ChatVendorSchema = Type.Enum(['intercom', 'crisp', 'zendesk', 'chatwoot', 'tawk', 'freshchat']);
/** A request's secret: 32 random bytes, base64url. */
export const SecretSchema = Type.String({ minLength: 32, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
export const ReferenceSchema = Type.String({ pattern: '^AY-[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{3}$' });
/** identify() traits / data-context: at most 30 flat keys. */
export const TraitsSchema = Type.Record(Type.String({ maxLength: 64, pattern: '^[^\\u0000-\\u001f]+$' }), Type.Union([Text(500), Type.Number(), Type.Boolean()]), { maxProperties: 30 });

const item = { id: Text(40, 1), at: EpochMs, path: PagePath };
/** One schema per journey item kind, for validators that dispatch on `kind`. */
export const JourneyItemSchemaByKind = {
  search: Type.Object({ ...item, kind: Type.Literal('search'), query: Text(500), decision: Decision, results: Type.Array(Type.Object({ id: EntryId, title: Text(300) }, strict), { maxItems: 5 }) }, strict),
  read: Type.Object({ ...item, kind: Type.Literal('read'), entry: EntryId, title: Text(300), ms: Type.Optional(Type.Integer({ minimum: 0, maximum: 86_400_000 })), query: Type.Optional(Text(500)) }, strict),
  feedback: Type.Object({ ...item, kind: Type.Literal('feedback'), entry: EntryId, title: Text(300), helpful: Type.Boolean(), comment: Type.Optional(Text(1000)) }, strict),
  page: Type.Object({ ...item, kind: Type.Literal('page'), title: Text(300) }, strict),
} as const;
export const JourneyItemSchema = Type.Union(Object.values(JourneyItemSchemaByKind));

export const ContactSchema = Type.Object(
  {
    name: Type.Optional(Text(120)),
    email: Type.Optional(Type.String({ maxLength: 254, pattern: '^[^\\s@<>",;]+@[^\\s@<>",;]+\\.[^\\s@<>",;]+$' })),
    phone: Type.Optional(Type.String({ maxLength: 40, pattern: '^\\+?[0-9 ().-]{6,39}$' })),
  },
  strict,
);

export const HandoffSchema = Type.Object(
  {
    v: Type.Literal(HANDOFF_VERSION),
    id: EventId,
    reference: ReferenceSchema,
    site: SiteKey,
    session: SessionId,
    at: EpochMs,
    locale: Locale,
    timeZone: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_+/-]+$' }),
    path: PagePath,
    channel: ChannelTypeSchema,
    requested: Type.Optional(ChannelTypeSchema),
    vendor: Type.Optional(ChatVendorSchema),
    contact: ContactSchema,
    question: Text(2000, 1),
    details: Text(5000),
    journey: Type.Object({ items: Type.Array(JourneyItemSchema, { maxItems: MAX_JOURNEY_ITEMS }), traits: TraitsSchema, context: TraitsSchema }, strict),
    /** The browser's key to the request's thread (stored hashed, never delivered). */
    secret: Type.Optional(SecretSchema),
    /** The reply time the channel promises, in minutes: the inbox's due time. */
    replyMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 43_200 })),
    /** The files sent with it, uploaded before it (server/attachments/); what the collector stored is what counts. */
    attachments: Type.Optional(Type.Array(Type.Object({ id: EventId, name: Text(255, 1), size: Type.Integer({ minimum: 1, maximum: MAX_ATTACHMENT_BYTES }) }, strict), { maxItems: MAX_ATTACHMENTS })),
  },
  strict,
);

export type HandoffSchemaType = Static<typeof HandoffSchema>;

/** What the collector answers to an accepted hand-off. */
export interface HandoffReply {
  /** False when this id was already stored (a retry). */
  stored: boolean;
  reference: string;
}
