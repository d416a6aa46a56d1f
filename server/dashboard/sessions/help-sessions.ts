/**
 * What happened to a customer who came for help, from the events their
 * browser sent. Pure: the measures (../queries/measures.ts) and the grouping
 * step (server/grouping/grouping-step.ts) both judge by these definitions,
 * which README.md and ARCHITECTURE.md state in words:
 *
 * - A **help session** is one browser session's events with no gap over
 *   HELP_SESSION_GAP_MS (30 minutes). It counts when the customer asked
 *   something in it (a question: a search, or an answer opened from one).
 * - A **question** is one wording a customer typed, once per help session
 *   (folded: case, accents, punctuation). A search that found nothing, then
 *   "No", then "talk to a person" on the same words is one question.
 * - It is **unanswered** when anything says so: no or weak results left
 *   unread, gave up, "No", asked a person, or answered wrongly.
 * - An answered search was **answered wrongly** when what followed in its
 *   help session says the entry it showed was not the answer: a search whose
 *   best result is another entry (a rephrase), "No" on it, giving up, or
 *   asking a person, before "Yes".
 * - A help session is **resolved** when the customer read an answer (opened
 *   it, or said "Yes") and nothing after the last one said otherwise, in that
 *   help session or in the same browser within the follow-up window (24 h by
 *   default): no "No", no give-up, no request for a person, no unanswered
 *   search, no rephrase to another entry. Otherwise it is unresolved, for the
 *   first reason that came after the last read (or the last reason, when
 *   nothing was read).
 */
import { fold } from '../../../widget/src/search/normalize.ts';
import { REASONS } from '../../../widget/src/events/schema.ts';

export const HELP_SESSION_GAP_MS = 30 * 60_000;
export const FOLLOW_UP_MS = 24 * 3_600_000;

/** The events' columns these definitions read. */
export interface SessionEvent {
  id: string;
  session: string;
  type: string;
  reason: string | null;
  decision: string | null;
  query: string | null;
  entry: string | null;
  helpful: number | null;
  /** The results' JSON, as stored ([{ id, score }]): the first is the best one shown. */
  results: string | null;
  at: number;
}

/** Why a question counts as unanswered: the widget's reasons, and one the grouping step derives. */
export const QUESTION_REASONS = [...REASONS, 'answered_wrongly'] as const;

/** Why a help session ended unresolved. */
export const UNRESOLVED_REASONS = ['no_match', 'weak_match', 'answered_wrongly', 'not_helpful', 'gave_up', 'asked_human', 'rephrased', 'came_back', 'nothing_read'] as const;
export type UnresolvedReason = (typeof UNRESOLVED_REASONS)[number];

export interface HelpSession {
  session: string;
  start: number;
  end: number;
  /** Distinct questions (folded wordings) asked. */
  questions: number;
  /** Those with a reason to count as unanswered. */
  unanswered: number;
  resolved: boolean;
  /** Why it is unresolved; null when resolved. */
  reason: UnresolvedReason | null;
  /** The answered searches that proved wrong: event id and the entry they showed. */
  wrong: { id: string; entry: string }[];
  events: SessionEvent[];
}

/** A wording as a key: folded words only. */
export const questionKey = (query: string | null): string => fold(query ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The entry a search showed first. */
export function topEntry(e: Pick<SessionEvent, 'results'>): string | null {
  if (!e.results) return null;
  try {
    const r = JSON.parse(e.results) as { id?: unknown }[];
    return typeof r[0]?.id === 'string' ? r[0].id : null;
  } catch {
    return null;
  }
}

const isRead = (e: SessionEvent): boolean => e.type === 'answer_read' || (e.type === 'feedback' && e.helpful === 1);

/**
 * Was the answered search `s` wrong, judging by the events after it in its
 * help session? true (wrong), false (the customer said Yes, or read it and
 * nothing said otherwise), undefined (nothing to judge by yet).
 */
export function answeredWrongly(s: SessionEvent, after: SessionEvent[]): boolean | undefined {
  const shown = topEntry(s);
  let read = false;
  for (const e of after) {
    if (e.type === 'feedback' && e.entry === shown) return e.helpful !== 1;
    if (e.type === 'gave_up' || e.type === 'handoff_requested') return true;
    if (e.type === 'answer_read' && e.entry === shown) read = true;
    if (e.type === 'search' && questionKey(e.query) !== questionKey(s.query)) {
      const next = topEntry(e);
      if (next !== shown) return read ? undefined : true;
    }
  }
  return read ? false : undefined;
}

/** Events of one browser session, in time order, cut where a gap exceeds the limit. */
export function splitHelpSessions(events: SessionEvent[], gap = HELP_SESSION_GAP_MS): SessionEvent[][] {
  const out: SessionEvent[][] = [];
  for (const e of events) {
    const last = out.at(-1);
    if (last && last[0]!.session === e.session && e.at - last.at(-1)!.at <= gap) last.push(e);
    else out.push([e]);
  }
  return out;
}

/** The failure a question-level event signals after a read, if any. */
function failure(e: SessionEvent, lastRead: SessionEvent | undefined): UnresolvedReason | undefined {
  if (e.type === 'feedback') return e.helpful === 1 ? undefined : 'not_helpful';
  if (e.type === 'gave_up') return 'gave_up';
  if (e.type === 'handoff_requested') return 'asked_human';
  if (e.type === 'search') {
    if (e.reason === 'no_match' || e.reason === 'weak_match') return e.reason;
    if (lastRead && topEntry(e) !== lastRead.entry) return 'rephrased';
  }
  return undefined;
}

/**
 * One help session judged. `later` are the same browser's events after it
 * (within FOLLOW_UP_MS of its end they can still unresolve it: 'came_back').
 * Undefined when nothing was asked in it.
 */
export function judgeHelpSession(events: SessionEvent[], later: SessionEvent[] = [], followUpMs = FOLLOW_UP_MS): HelpSession | undefined {
  const keys = new Set<string>();
  const failed = new Set<string>();
  const wrong: HelpSession['wrong'] = [];
  events.forEach((e, i) => {
    const key = questionKey(e.query);
    if (!key) return;
    if (e.type === 'search' || e.type === 'gave_up' || (e.type === 'answer_read' && e.results)) keys.add(key);
    if (e.reason) failed.add(key);
    if (e.type === 'search' && e.decision === 'answered' && answeredWrongly(e, events.slice(i + 1))) {
      failed.add(key);
      const entry = topEntry(e);
      if (entry) wrong.push({ id: e.id, entry });
    }
  });
  for (const k of failed) keys.add(k);
  if (!keys.size) return undefined;

  // An answer read counts unless the customer said "No" to it (the read is recorded when they leave it, after the "No").
  const rejected = new Set(events.filter((e) => e.type === 'feedback' && e.helpful !== 1).map((e) => e.entry));
  let lastReadAt = -1;
  events.forEach((e, i) => isRead(e) && !rejected.has(e.entry) && (lastReadAt = i));
  const lastRead = lastReadAt >= 0 ? events[lastReadAt] : undefined;
  let reason: UnresolvedReason | null = null;
  if (!lastRead) {
    const last = [...events].reverse().find((e) => e.reason);
    reason = (last?.reason as UnresolvedReason | undefined) ?? (wrong.length ? 'answered_wrongly' : 'nothing_read');
  } else {
    for (const e of events.slice(lastReadAt + 1)) if ((reason = failure(e, lastRead) ?? null)) break;
    if (!reason && wrong.some((w) => w.entry === lastRead.entry)) reason = 'answered_wrongly';
    const end = events.at(-1)!.at;
    if (!reason && later.some((e) => e.at - end <= followUpMs && failure(e, undefined))) reason = 'came_back';
  }
  return {
    session: events[0]!.session,
    start: events[0]!.at,
    end: events.at(-1)!.at,
    questions: keys.size,
    unanswered: failed.size,
    resolved: reason === null,
    reason,
    wrong,
    events,
  };
}

/** Every help session of these events (any order), judged; those where nothing was asked left out. */
export function helpSessions(events: SessionEvent[], followUpMs = FOLLOW_UP_MS): HelpSession[] {
  const sorted = [...events].sort((a, b) => (a.session < b.session ? -1 : a.session > b.session ? 1 : a.at - b.at));
  const parts = splitHelpSessions(sorted);
  const out: HelpSession[] = [];
  parts.forEach((part, i) => {
    const later: SessionEvent[] = [];
    for (let j = i + 1; j < parts.length && parts[j]![0]!.session === part[0]!.session; j++) later.push(...parts[j]!);
    const judged = judgeHelpSession(part, later, followUpMs);
    if (judged) out.push(judged);
  });
  return out;
}
