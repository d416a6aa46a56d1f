/**
 * Which customers found their answer, from their events alone. Pure.
 *
 * A *help session* is a browser session's events (same `session` id) with
 * no gap over 30 minutes. It *ended resolved on entry X* when the customer
 * read X (an `answer_read` of X — of at least 10 s when the event says how
 * long — or "Yes" to "did this help?" on X) and nothing after that read
 * says otherwise: no event with an unanswered `reason` (a "No", giving up,
 * asking for a person, a search that found nothing or too little). Its
 * *question* is the query that led to the read.
 *
 * The widget's v1 events carry no reading time (the recorder leaves `ms`
 * out), so today every `answer_read` counts as a read; `ms` is honoured
 * when an event has it.
 */
import { HELP_SESSION_GAP_MS } from '../dashboard/sessions/help-sessions.ts';

/** Longest pause within one help session: the dashboard's own definition (../dashboard/sessions/help-sessions.ts). */
export const HELP_GAP_MS = HELP_SESSION_GAP_MS;
/** A read shorter than this (when its length is known) did not answer. */
export const READ_MS = 10_000;

/** The fields of a stored event this needs (server/db/schema.ts EventsTable). */
export interface HelpEvent {
  type: string;
  at: number;
  entry: string | null;
  query: string | null;
  /** Feedback: true for "Yes". */
  helpful: boolean | null;
  /** The unanswered reason (widget/src/events/reason.ts), or null. */
  reason: string | null;
  locale: string;
  /** How long the answer was read, when known. */
  ms?: number;
}

export interface Resolution {
  entry: string;
  /** The question that led to the read; "" when the entry was opened without a search. */
  query: string;
  /** The page's language when it was read. */
  locale: string;
  /** When the resolving read (or "Yes") happened. */
  at: number;
}

/** A browser session's events, by time, cut where they pause for more than `gap`. */
export function splitHelpSessions<T extends { at: number }>(events: readonly T[], gap = HELP_GAP_MS): T[][] {
  const sorted = [...events].sort((a, b) => a.at - b.at);
  const out: T[][] = [];
  let last = -Infinity;
  for (const e of sorted) {
    if (e.at - last > gap || !out.length) out.push([]);
    out[out.length - 1]!.push(e);
    last = e.at;
  }
  return out;
}

const resolves = (e: HelpEvent): boolean =>
  !!e.entry && ((e.type === 'answer_read' && (e.ms === undefined || e.ms >= READ_MS)) || (e.type === 'feedback' && e.helpful === true));

/**
 * The entry one help session (events in time order) ended resolved on, with
 * its question; undefined when it did not end resolved.
 *
 * @example
 * resolution([{ type: 'answer_read', entry: 'devolver-pedido', query: 'mandar de vuelta', ... }])
 * // { entry: 'devolver-pedido', query: 'mandar de vuelta', ... }
 */
export function resolution(help: readonly HelpEvent[]): Resolution | undefined {
  let from = 0;
  help.forEach((e, i) => {
    if (e.reason) from = i + 1;
  });
  const after = help.slice(from);
  let last = after.length - 1;
  while (last >= 0 && !resolves(after[last]!)) last--;
  if (last < 0) return undefined;
  const read = after[last]!;
  const entry = read.entry!;
  // The question: this read's, else the last one asked on the way to this entry.
  const asked = after
    .slice(0, last + 1)
    .reverse()
    .find((e) => e.entry === entry && (e.type === 'answer_read' || e.type === 'feedback') && e.query?.trim());
  return { entry, query: (asked?.query ?? '').replace(/\s+/g, ' ').trim(), locale: read.locale, at: read.at };
}
