/**
 * Events for dashboard tests and the benchmark: unanswered questions,
 * answered searches, answers read and feedback, with chosen texts, times
 * and sessions, stored through the collector's own insertBatch.
 */
import type { AyudaEvent, EventBatch } from '../../widget/src/events/schema.ts';
import type { CollectorDb } from '../../server/db/index.ts';

export const DAY = 86_400_000;
/** Noon UTC, 2025-03-01: seeded days are counted from here. */
export const T0 = Date.UTC(2025, 2, 1, 12, 0, 0);

let counter = 0;
/** A unique, time-ordered event id. */
export function eventId(at: number): string {
  counter += 1;
  return `${at.toString(36)}-${counter.toString(36).padStart(6, '0')}`;
}

export interface Question {
  query: string;
  at: number;
  site?: string;
  session?: string;
  locale?: string;
  path?: string;
  /** How it went unanswered (default no_match). */
  reason?: 'no_match' | 'weak_match' | 'not_helpful' | 'gave_up' | 'asked_human';
  /** Top result shown, or the entry rated "not helpful" (none for no_match: a search that found nothing shows no results). */
  entry?: string;
}

/** The event that records `q` as unanswered for `q.reason`. */
export function unanswered(q: Question): AyudaEvent {
  const common = {
    v: 1 as const,
    id: eventId(q.at),
    site: q.site ?? 'demo',
    session: q.session ?? `sess-${counter.toString(36).padStart(6, '0')}`,
    at: q.at,
    locale: q.locale ?? 'es',
    path: q.path ?? '/ayuda',
  };
  const results = q.entry ? [{ id: q.entry, score: 0.3 }] : [];
  switch (q.reason ?? 'no_match') {
    case 'no_match':
      // The widget records no hits for a search that found nothing (the customer was shown none).
      return { ...common, type: 'search', query: q.query, decision: 'none', results: [] };
    case 'weak_match':
      return { ...common, type: 'search', query: q.query, decision: 'weak', results };
    case 'not_helpful':
      return { ...common, type: 'feedback', query: q.query, entry: q.entry ?? 'unknown-entry', helpful: false };
    case 'gave_up':
      return { ...common, type: 'gave_up', query: q.query, results };
    case 'asked_human':
      return { ...common, type: 'handoff_requested', query: q.query, results };
  }
}

/** An answered search (counts in rates, never in groups). */
export function answered(at: number, query = 'envío', session?: string, site = 'demo', locale = 'es'): AyudaEvent {
  return { v: 1, id: eventId(at), type: 'search', site, session: session ?? `sess-${counter.toString(36).padStart(6, '0')}x`, at, locale, path: '/ayuda', query, decision: 'answered', results: [{ id: 'envio', score: 0.9 }] };
}

/** Store events in batches of 100 (the collector's limit), grouped by site. */
export async function store(db: CollectorDb, events: AyudaEvent[]): Promise<void> {
  const bySite = new Map<string, AyudaEvent[]>();
  for (const e of events) bySite.set(e.site, [...(bySite.get(e.site) ?? []), e]);
  for (const [site, list] of bySite) {
    for (let i = 0; i < list.length; i += 100) {
      const batch: EventBatch = { site, sent_at: Date.now(), events: list.slice(i, i + 100) };
      await db.insertBatch(batch);
    }
  }
}
