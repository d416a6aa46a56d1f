/**
 * The event schema shared by the widget (which sends events) and the collector
 * (which validates and stores them). Versioned: every event carries `v`; a
 * change that is not backwards compatible adds a `v: 2` family beside this one.
 *
 * The widget imports TYPES only (`import type { AyudaEvent } from ...`), so
 * none of this code reaches the browser bundle; the server validates with the
 * schemas themselves.
 *
 * Conventions:
 * - `at` and `sent_at` are epoch milliseconds (UTC), as `Date.now()` returns:
 *   compact, unambiguous, cheap to compare and index. Bounded to 2000–2100.
 * - Ids (`id`, `session`, `site`) are URL-safe strings `[A-Za-z0-9_-]`.
 *   Make event ids time-ordered, e.g. `Date.now().toString(36)` followed by
 *   random characters (like ULID / UUIDv7): the collector's primary-key index
 *   then grows at its end. Fully random ids work too, but cost the collector
 *   3-4× more disk writes per event.
 * - `path` is the page path: the fragment dropped, the query string too
 *   except the parameters the site allowlists (`data-keep-params`), e.g.
 *   "/checkout?step=2". (A widening within v1: paths without "?" are as before.)
 * - Every object is strict (`additionalProperties: false`), every string and
 *   array is bounded.
 *
 * Which fields go with which `type`:
 *
 * | type                | required beyond the common fields | optional                          |
 * |---------------------|-----------------------------------|-----------------------------------|
 * | `search`            | `query`, `decision`               | `results`, `reason`               |
 * | `answer_read`       | `entry`                           | `query`, `results`                |
 * | `feedback`          | `query`, `entry`, `helpful`       | `comment`, `reason`               |
 * | `gave_up`           | `query`                           | `results`, `reason`               |
 * | `handoff_requested` | `query`                           | `entry`, `results`, `comment`, `reason` |
 * | `notice_shown`      | `notice`                          |                                   |
 * | `notice_read`       | `notice`                          |                                   |
 *
 * Common fields: `v`, `id`, `type`, `site`, `session`, `at`, `locale`, `path`,
 * and optional `dropped`. `reason` is only allowed with the value that fits the
 * type (see `unansweredReason` in ./reason.ts).
 */
import { Type, type Static } from 'typebox';

/** Schema version of the events defined here. */
export const EVENT_VERSION = 1 as const;
/** Most events in one batch. */
export const MAX_BATCH_EVENTS = 100;
/** Largest accepted request body, in bytes. */
export const MAX_BATCH_BYTES = 64 * 1024;

export const EVENT_TYPES = ['search', 'answer_read', 'feedback', 'gave_up', 'handoff_requested', 'notice_shown', 'notice_read'] as const;
export const DECISIONS = ['answered', 'weak', 'none'] as const;
export const REASONS = ['no_match', 'weak_match', 'not_helpful', 'gave_up', 'asked_human'] as const;

/** 2000-01-01T00:00:00Z and 2100-01-01T00:00:00Z in epoch ms. */
const MIN_EPOCH_MS = 946_684_800_000;
const MAX_EPOCH_MS = 4_102_444_800_000;

// ---- field schemas -------------------------------------------------------

export const EventId = Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
export const SiteKey = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
export const SessionId = Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
/** Epoch milliseconds, UTC (what `Date.now()` returns). */
export const EpochMs = Type.Integer({ minimum: MIN_EPOCH_MS, maximum: MAX_EPOCH_MS });
/** BCP 47 language tag: "es", "en-US", "pt-BR"... */
export const Locale = Type.String({ minLength: 2, maxLength: 35, pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$' });
/** Page path without fragment, with only allowlisted query parameters: "/help/returns", "/checkout?step=2". */
export const PagePath = Type.String({ minLength: 1, maxLength: 1024, pattern: '^/[^?#\\s]*(\\?[^#\\s]*)?$' });
/** What the customer typed. */
export const Query = Type.String({ maxLength: 500 });
export const SearchQuery = Type.String({ minLength: 1, maxLength: 500 });
export const EntryId = Type.String({ minLength: 1, maxLength: 128 });
export const Comment = Type.String({ maxLength: 1000 });
/** A notice's id (the collector's, widget/src/notices/types.ts): "n" and digits. */
export const NoticeId = Type.String({ minLength: 2, maxLength: 32, pattern: '^n[0-9]+$' });
export const Decision = Type.Enum(DECISIONS);
export const Reason = Type.Enum(REASONS);
/** Events the browser outbox had to drop (full, expired) before this one was sent. */
export const DroppedCount = Type.Integer({ minimum: 0, maximum: 1_000_000 });
/** One ranked hit the customer was shown. */
export const ResultHit = Type.Object(
  { id: EntryId, score: Type.Number({ minimum: -1e9, maximum: 1e9 }) },
  { additionalProperties: false },
);
export const Results = Type.Array(ResultHit, { maxItems: 5 });

const common = {
  v: Type.Literal(EVENT_VERSION),
  id: EventId,
  site: SiteKey,
  session: SessionId,
  at: EpochMs,
  locale: Locale,
  path: PagePath,
  dropped: Type.Optional(DroppedCount),
};
const strict = { additionalProperties: false } as const;

// ---- one schema per event type -------------------------------------------

export const SearchEvent = Type.Object(
  {
    ...common,
    type: Type.Literal('search'),
    query: SearchQuery,
    decision: Decision,
    results: Type.Optional(Results),
    reason: Type.Optional(Type.Enum(['no_match', 'weak_match'])),
  },
  strict,
);

export const AnswerReadEvent = Type.Object(
  {
    ...common,
    type: Type.Literal('answer_read'),
    entry: EntryId,
    query: Type.Optional(Query),
    results: Type.Optional(Results),
  },
  strict,
);

export const FeedbackEvent = Type.Object(
  {
    ...common,
    type: Type.Literal('feedback'),
    query: Query,
    entry: EntryId,
    helpful: Type.Boolean(),
    comment: Type.Optional(Comment),
    reason: Type.Optional(Type.Enum(['not_helpful'])),
  },
  strict,
);

export const GaveUpEvent = Type.Object(
  {
    ...common,
    type: Type.Literal('gave_up'),
    query: Query,
    results: Type.Optional(Results),
    reason: Type.Optional(Type.Enum(['gave_up'])),
  },
  strict,
);

export const HandoffRequestedEvent = Type.Object(
  {
    ...common,
    type: Type.Literal('handoff_requested'),
    query: Query,
    entry: Type.Optional(EntryId),
    results: Type.Optional(Results),
    comment: Type.Optional(Comment),
    reason: Type.Optional(Type.Enum(['asked_human'])),
  },
  strict,
);

/** A notice was shown to the customer: the banner on its page, or pinned above the results. */
export const NoticeShownEvent = Type.Object({ ...common, type: Type.Literal('notice_shown'), notice: NoticeId }, strict);

/** The customer opened a notice (its body). */
export const NoticeReadEvent = Type.Object({ ...common, type: Type.Literal('notice_read'), notice: NoticeId }, strict);

/** The schema of each event type, for validators that dispatch on `type`. */
export const EventSchemaByType = {
  search: SearchEvent,
  answer_read: AnswerReadEvent,
  feedback: FeedbackEvent,
  gave_up: GaveUpEvent,
  handoff_requested: HandoffRequestedEvent,
  notice_shown: NoticeShownEvent,
  notice_read: NoticeReadEvent,
} as const;

/** Any v1 event (a union discriminated by `type`). */
export const EventSchema = Type.Union([SearchEvent, AnswerReadEvent, FeedbackEvent, GaveUpEvent, HandoffRequestedEvent, NoticeShownEvent, NoticeReadEvent]);

/** What the widget POSTs to `/v1/events`. */
export const BatchSchema = Type.Object(
  {
    site: SiteKey,
    sent_at: EpochMs,
    events: Type.Array(EventSchema, { minItems: 1, maxItems: MAX_BATCH_EVENTS }),
    dropped: Type.Optional(DroppedCount),
  },
  strict,
);

// ---- types ----------------------------------------------------------------

export type EventType = (typeof EVENT_TYPES)[number];
export type SearchDecision = (typeof DECISIONS)[number];
export type UnansweredReason = (typeof REASONS)[number];
export type SearchEvent = Static<typeof SearchEvent>;
export type AnswerReadEvent = Static<typeof AnswerReadEvent>;
export type FeedbackEvent = Static<typeof FeedbackEvent>;
export type GaveUpEvent = Static<typeof GaveUpEvent>;
export type HandoffRequestedEvent = Static<typeof HandoffRequestedEvent>;
export type NoticeShownEvent = Static<typeof NoticeShownEvent>;
export type NoticeReadEvent = Static<typeof NoticeReadEvent>;
export type AyudaEvent = Static<typeof EventSchema>;
export type EventBatch = Static<typeof BatchSchema>;
export type ResultHit = Static<typeof ResultHit>;

/** What the collector answers to an accepted batch. */
export interface BatchReply {
  /** Events stored by this request. */
  accepted: number;
  /** Events already stored earlier (same id): a retry, not an error. */
  duplicates: number;
}

/** What the collector answers to a refused request (4xx/5xx). */
export interface ErrorReply {
  /** Machine-readable kind: "invalid_body", "unknown_site", "rate_limited"... */
  error: string;
  /** JSON path of the first bad field ("events[3].query"), or "$" for the whole body. */
  path: string;
  /** Short reason; never echoes the input. */
  message: string;
}
