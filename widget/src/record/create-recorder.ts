/**
 * From what the panel reports (PanelEvent) to v1 events (widget/src/events/
 * schema.ts) handed to the outbox. Pure: identity, time, page and storage
 * come in through `deps`.
 *
 * - `search` answered: recorded at once (an answered search).
 * - `search` none/weak: held back until the customer shows what happened.
 *   Reading an answer or giving feedback means they read something, and the
 *   search is not sent: the `answer_read` event carries its query and results.
 *   Otherwise (the next search, asking for a human, the page hidden) it is
 *   sent with its reason, `no_match` or `weak_match`: an unanswered question.
 * - `gave_up` (help closed after a none/weak search, nothing read): recorded
 *   with reason `gave_up`, in place of the held search of the same query, so
 *   one question is one unanswered event.
 * - `answer_read`, `feedback` (Yes; No → `not_helpful` with the comment),
 *   `handoff_requested` (→ `asked_human`): recorded at once.
 * - `notice_shown`, `notice_read`: recorded at once, with the notice's id.
 *
 * Customer text (query, comment, page path) goes through `redact` first.
 */
import type { PanelEvent } from '../core/contract.ts';
import type { AyudaEvent, ResultHit, SearchEvent } from '../events/schema.ts';
import type { OutboxItem } from '../outbox/contract.ts';
import type { SearchResult } from '../search/engine.ts';
import { redact } from './redact.ts';

export interface RecorderDeps {
  site: string;
  /** The customer's language; anything that is not a language tag is sent as "und". */
  lang: string;
  /** The browser's session id (created and stored on the first call). */
  session(): string;
  /** The current page's path, as the schema wants it (see page-path.ts). */
  path(): string;
  /** A unique, time-ordered id for an event at `at`. */
  id(at: number): string;
  add(item: OutboxItem): void;
}

export interface Recorder {
  /** Record a panel event that happened at `at` (epoch ms). */
  record(event: PanelEvent, at: number): void;
  /** Send the held none/weak search now (the page is being hidden). */
  commit(): void;
}

const text = (s: string, max: number): string => redact(s.trim()).slice(0, max);

/** The first hits the customer was shown (none when the search found nothing). */
const top = (result: SearchResult | undefined): ResultHit[] | undefined =>
  result && result.hits.slice(0, Math.min(5, result.shown ?? 5)).map((h) => ({ id: h.id, score: Math.round(h.score * 1000) / 1000 || 0 }));

export function createRecorder(deps: RecorderDeps): Recorder {
  const locale = /^[a-z]{2,3}(-[a-z\d]{1,8}){0,4}$/i.test(deps.lang) ? deps.lang : 'und';
  let held: SearchEvent | undefined;

  const common = (at: number) => ({
    v: 1 as const,
    id: deps.id(at),
    site: deps.site,
    session: deps.session(),
    at,
    locale,
    path: deps.path(),
  });
  const put = (body: AyudaEvent): void => deps.add({ id: body.id, kind: 'event', body });
  const commit = (): void => {
    if (held) put(held);
    held = undefined;
  };

  return {
    commit,
    record(e, at) {
      switch (e.type) {
        case 'search': {
          const query = text(e.result.query, 500);
          if (!query) return;
          commit();
          const { decision } = e.result;
          const event: SearchEvent = { ...common(at), type: 'search', query, decision, results: top(e.result) };
          if (decision === 'answered') return put(event);
          held = { ...event, reason: decision === 'none' ? 'no_match' : 'weak_match' };
          return;
        }
        case 'answer_read': {
          const results = held?.results;
          held = undefined;
          return put({ ...common(at), type: 'answer_read', entry: e.entryId, query: text(e.query, 500), ...(results && { results }) });
        }
        case 'feedback': {
          held = undefined;
          const comment = e.comment && text(e.comment, 1000);
          return put({
            ...common(at),
            type: 'feedback',
            query: text(e.query, 500),
            entry: e.entryId,
            helpful: e.helpful,
            ...(comment && { comment }),
            ...(!e.helpful && { reason: 'not_helpful' as const }),
          });
        }
        case 'gave_up': {
          const query = text(e.query, 500);
          if (held?.query === query) held = undefined;
          commit();
          return put({ ...common(at), type: 'gave_up', query, results: top(e.result), reason: 'gave_up' });
        }
        case 'handoff_requested': {
          commit();
          const comment = e.comment && text(e.comment, 1000);
          return put({
            ...common(at),
            type: 'handoff_requested',
            query: text(e.query, 500),
            ...(e.entryId && { entry: e.entryId }),
            results: top(e.result),
            ...(comment && { comment }),
            reason: 'asked_human',
          });
        }
        case 'notice_shown':
        case 'notice_read':
          return put({ ...common(at), type: e.type, notice: e.notice });
      }
    },
  };
}
