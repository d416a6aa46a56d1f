/**
 * When the panel's events are emitted. Pure apart from the global timer and
 * clock (tests use fake timers):
 * - `search` once per settled query: when typing pauses for SETTLE_MS, or
 *   when the customer leaves the results (opens an answer, closes); and a
 *   wording that found nothing or little, on screen for QUICK_MS, then
 *   rewritten into something that does not continue it (a quick rephrase:
 *   "abris los domingos" → "horario domingo"), at once;
 * - `answer_read` with the time spent, when an answer is left;
 * - `feedback`: Yes at once; No with its optional comment on Send, or
 *   without one when the answer is left;
 * - `gave_up` when the dialog closes after a search whose decision was
 *   `none` or `weak` and no answer was opened since (nor a person asked for).
 */
import type { PanelEvent } from '../core/contract.ts';
import type { SearchResult } from '../search/engine.ts';

export const SETTLE_MS = 1000;
/** A none/weak wording shown this long counts as tried, even if rewritten before it settles. */
export const QUICK_MS = 300;

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
  /** The customer went to the hand-off: closing help later is not giving up. */
  handedOff(): void;
  /** The page is going away: report what is pending (the settled search, the answer being read). */
  flush(): void;
}

export function createReporter(emit: (event: PanelEvent) => void): Reporter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Typed and not yet reported, and since when it is on screen. */
  let pending: SearchResult | undefined;
  let since = 0;
  /** The latest none/weak wording of this attempt that stayed on screen for QUICK_MS. */
  let tried: SearchResult | undefined;
  let reported = '';
  /** The last non-blank search, and whether an answer was opened since. */
  let last: SearchResult | undefined;
  let answerOpened = false;
  let reading: { entryId: string; query: string; since: number } | undefined;
  /** A "No" waiting for its optional comment. */
  let unsent: { entryId: string; query: string } | undefined;

  const report = (result: SearchResult | undefined) => {
    const query = result?.query.trim();
    if (result && query !== reported) {
      reported = query!;
      emit({ type: 'search', result });
    }
  };
  const settle = () => {
    clearTimeout(timer);
    // The query cleared after a tried wording: that wording was the question.
    report(pending ?? tried);
    pending = tried = undefined;
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
      const a = tried?.query.trim() ?? '';
      const shown = pending?.query.trim() ?? '';
      // Backspacing through a tried wording keeps the whole wording, not what is left of it.
      if (pending && pending.decision !== 'answered' && Date.now() - since >= QUICK_MS && !a.startsWith(shown)) tried = pending;
      const b = result?.query.trim() ?? '';
      // Rewritten, not continued (nor shortened to go on): the customer moved on from that wording.
      const t = tried?.query.trim() ?? '';
      if (tried && !t.startsWith(b) && !b.startsWith(t)) {
        report(tried);
        tried = undefined;
      }
      pending = result;
      since = Date.now();
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
    handedOff() {
      last = undefined;
    },
    closed() {
      settle();
      left();
      if (last && last.decision !== 'answered' && !answerOpened) emit({ type: 'gave_up', query: last.query, result: last });
      last = undefined;
    },
  };
}
