/**
 * Events of customers who read answers, for the alternates tests and the
 * browser test: a search, an answer read (with the query that led to it),
 * "did this help?", giving up; stored with ./seed.ts `store`.
 */
import type { AyudaEvent } from '../../widget/src/events/schema.ts';
import { eventId } from './seed.ts';

export interface Visit {
  session: string;
  site?: string;
  locale?: string;
  path?: string;
}

/** Builders of one browser session's events. */
export function visit(v: Visit) {
  const common = (at: number) => ({ v: 1 as const, id: eventId(at), site: v.site ?? 'demo', session: v.session, at, locale: v.locale ?? 'es', path: v.path ?? '/ayuda' });
  return {
    search: (at: number, query: string, decision: 'answered' | 'weak' | 'none' = 'answered'): AyudaEvent => ({
      ...common(at), type: 'search', query, decision, ...(decision === 'none' ? { reason: 'no_match' as const } : decision === 'weak' ? { reason: 'weak_match' as const } : {}),
    }),
    read: (at: number, entry: string, query = ''): AyudaEvent => ({ ...common(at), type: 'answer_read', entry, query }),
    feedback: (at: number, entry: string, helpful: boolean, query = ''): AyudaEvent => ({ ...common(at), type: 'feedback', entry, helpful, query, ...(helpful ? {} : { reason: 'not_helpful' as const }) }),
    gaveUp: (at: number, query = ''): AyudaEvent => ({ ...common(at), type: 'gave_up', query, reason: 'gave_up' }),
    handoff: (at: number, query = ''): AyudaEvent => ({ ...common(at), type: 'handoff_requested', query, reason: 'asked_human' }),
  };
}
