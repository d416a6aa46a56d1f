/**
 * When the panel's events are emitted. Pure apart from the global timer and
 * clock (tests use fake timers):
 * - `search` once per settled query: when typing pauses for SETTLE_MS, or
 *   when the customer leaves the results (opens an answer, closes);
 * - `answer_read` with the time spent, when an answer is left;
 * - `feedback`: Yes at once; No with its optional comment on Send, or
 *   without one when the answer is left;
 * - `gave_up` when the dialog closes after a search whose decision was
 *   `none` or `weak` and no answer was opened since.
 */
import type { PanelEvent } from '../core/contract.ts';
import type { SearchResult } from '../search/engine.ts';

export const SETTLE_MS = 1000;

export interface Reporter {
  /** The customer typed; `result` is unset when the query is blank. */
  typed(result: SearchResult | undefined): void;
  /** An answer opened, from the list or a related link. */
  opened(entryId: string, query: string): void;
  /** The answer view was left (Back, or the dialog closed). */
  left(): void;
  helpful(entryId: string, query: string, helpful: boolean): void;
  /** Send after No. */
  comment(text: string): void;
  closed(): void;
  /** The page is going away: report what is pending (the settled search, the answer being read). */
  flush(): void;
}

export function createReporter(emit: (event: PanelEvent) => void): Reporter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Typed and not yet reported. */
  let pending: SearchResult | undefined;
  let reported = '';
  /** The last non-blank search, and whether an answer was opened since. */
  let last: SearchResult | undefined;
  let answerOpened = false;
  let reading: { entryId: string; query: string; since: number } | undefined;
  /** A "No" waiting for its optional comment. */
  let unsent: { entryId: string; query: string } | undefined;

  const settle = () => {
    clearTimeout(timer);
    const query = pending?.query.trim();
    if (pending && query !== reported) {
      reported = query!;
      emit({ type: 'search', result: pending });
    }
    pending = undefined;
  };

  const sendUnsent = (comment?: string) => {
    if (unsent) emit({ type: 'feedback', ...unsent, helpful: false, ...(comment ? { comment } : {}) });
    unsent = undefined;
  };

  const left = () => {
    sendUnsent();
    if (reading) emit({ type: 'answer_read', entryId: reading.entryId, query: reading.query, ms: Date.now() - reading.since });
    reading = undefined;
  };

  return {
    typed(result) {
      clearTimeout(timer);
      pending = result;
      if (!result) return;
      last = result;
      answerOpened = false;
      timer = setTimeout(settle, SETTLE_MS);
    },
    opened(entryId, query) {
      settle();
      left();
      answerOpened = true;
      reading = { entryId, query, since: Date.now() };
    },
    left,
    helpful(entryId, query, helpful) {
      if (helpful) emit({ type: 'feedback', entryId, helpful, query });
      else unsent = { entryId, query };
    },
    comment(text) {
      sendUnsent(text.trim());
    },
    flush() {
      settle();
      left();
    },
    closed() {
      settle();
      left();
      if (last && last.decision !== 'answered' && !answerOpened) emit({ type: 'gave_up', query: last.query, result: last });
      last = undefined;
    },
  };
}
