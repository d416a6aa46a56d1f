/**
 * Derivations over events that both sides may use. Imports types only, so the
 * widget can use it without pulling the schema builder into its bundle.
 */
import type { AyudaEvent, UnansweredReason } from './schema.ts';

/**
 * Why an event counts as an unanswered question, or `undefined` if it does not:
 * the explicit `reason` if given, else derived from the event.
 *
 * @example
 * unansweredReason({ type: 'search', decision: 'none', ... }) // 'no_match'
 */
export function unansweredReason(e: AyudaEvent): UnansweredReason | undefined {
  switch (e.type) {
    case 'search':
      return e.reason ?? (e.decision === 'none' ? 'no_match' : e.decision === 'weak' ? 'weak_match' : undefined);
    case 'feedback':
      return e.reason ?? (e.helpful ? undefined : 'not_helpful');
    case 'gave_up':
      return 'gave_up';
    case 'handoff_requested':
      return 'asked_human';
    case 'answer_read':
    case 'notice_shown':
    case 'notice_read':
      return undefined;
  }
}
