/**
 * The help panel's state and its reducer. Pure: no DOM, no Preact, no clock;
 * the components dispatch actions and render what `optionIds` and `listKind`
 * derive. The search itself runs in the component (the engine is pure too)
 * and arrives here as an `input` action.
 */
import type { SearchResult } from '../search/engine.ts';

/** `search`: suggestions (empty query) or hits; `no-results`: the FAQ has nothing; `answer`: one entry. */
export type View = 'search' | 'answer' | 'no-results';

/** "Did this answer your question?" for one entry. */
export interface Feedback {
  /** Unset until Yes or No. */
  helpful?: boolean;
  comment: string;
  /** Yes, or No followed by Send: the thank-you message shows. */
  sent: boolean;
}

/** What Back returns to. */
export interface Snapshot {
  view: View;
  entryId?: string;
  active: number;
}

export interface PanelState {
  view: View;
  query: string;
  /** The search for `query`; unset while the query is blank. */
  result?: SearchResult;
  /** Offered before typing: this page's suggestions, then popular entries. */
  suggestions: string[];
  /** Offered when nothing is found. */
  popular: string[];
  /** Index of the active option in `optionIds(state)`; -1 for none. */
  active: number;
  /** The entry shown in the answer view. */
  entryId?: string;
  history: Snapshot[];
  feedback: Record<string, Feedback>;
}

export type Move = 'next' | 'prev' | 'first' | 'last';

export type Action =
  /** The customer typed; `result` is the search for `query` (unset when it is blank). */
  | { type: 'input'; query: string; result?: SearchResult }
  | { type: 'move'; to: Move }
  | { type: 'activate'; index: number }
  | { type: 'open'; entryId: string }
  | { type: 'back' }
  /** Reopened: back to the search (or no-results) view, entries to offer recomputed for the page. */
  | { type: 'reset'; suggestions: string[]; popular: string[] }
  | { type: 'helpful'; entryId: string; helpful: boolean }
  | { type: 'comment'; entryId: string; text: string }
  | { type: 'send'; entryId: string };

export function initialState(suggestions: string[], popular: string[]): PanelState {
  return { view: 'search', query: '', suggestions, popular, active: -1, history: [], feedback: {} };
}

/** The listbox's kind of options, which names it. */
export type ListKind = 'suggested' | 'results' | 'weak' | 'popular';

export function listKind(state: PanelState): ListKind {
  if (state.view === 'no-results') return 'popular';
  if (!state.result) return 'suggested';
  return state.result.decision === 'answered' ? 'results' : 'weak';
}

/** Entry ids of the listbox's options. */
export function optionIds(state: PanelState): string[] {
  const kind = listKind(state);
  if (kind === 'popular') return state.popular;
  if (kind === 'suggested') return state.suggestions;
  return state.result!.hits.slice(0, state.result!.shown).map((h) => h.id);
}

/** Whether a search found nothing the customer should read. */
function foundNothing(result: SearchResult | undefined): boolean {
  return !!result && !result.hits.slice(0, result.shown).length;
}

const NO_FEEDBACK: Feedback = { comment: '', sent: false };

export function feedbackFor(state: PanelState, entryId: string): Feedback {
  return state.feedback[entryId] ?? NO_FEEDBACK;
}

function withFeedback(state: PanelState, entryId: string, change: Partial<Feedback>): PanelState {
  return { ...state, feedback: { ...state.feedback, [entryId]: { ...feedbackFor(state, entryId), ...change } } };
}

export function reduce(state: PanelState, action: Action): PanelState {
  switch (action.type) {
    case 'input': {
      const result = action.query.trim() ? action.result : undefined;
      return {
        ...state,
        query: action.query,
        result,
        view: foundNothing(result) ? 'no-results' : 'search',
        active: -1,
        entryId: undefined,
        history: [],
      };
    }
    case 'move': {
      const n = optionIds(state).length;
      if (state.view === 'answer' || n === 0) return state;
      const { active } = state;
      const to = {
        first: 0,
        last: n - 1,
        next: active < 0 ? 0 : (active + 1) % n,
        prev: active < 0 ? n - 1 : (active - 1 + n) % n,
      }[action.to];
      return { ...state, active: to };
    }
    case 'activate':
      return action.index < optionIds(state).length ? { ...state, active: action.index } : state;
    case 'open':
      return {
        ...state,
        // Back makes the opened entry the active option again (when it is one), so focus returns to it.
        history: [...state.history, { view: state.view, entryId: state.entryId, active: optionIds(state).indexOf(action.entryId) }],
        view: 'answer',
        entryId: action.entryId,
      };
    case 'back': {
      const previous = state.history.at(-1);
      if (!previous) return state;
      return { ...state, ...previous, history: state.history.slice(0, -1) };
    }
    case 'reset':
      return {
        ...state,
        suggestions: action.suggestions,
        popular: action.popular,
        view: foundNothing(state.result) ? 'no-results' : 'search',
        active: -1,
        entryId: undefined,
        history: [],
      };
    case 'helpful':
      return withFeedback(state, action.entryId, { helpful: action.helpful, sent: action.helpful });
    case 'comment':
      return withFeedback(state, action.entryId, { comment: action.text });
    case 'send':
      return withFeedback(state, action.entryId, { sent: true });
  }
}
