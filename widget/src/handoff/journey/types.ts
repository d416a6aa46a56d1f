/**
 * The journey: what the customer did in help, in order, kept in IndexedDB
 * (../storage.ts) for the hand-off. Types only.
 */
import type { Decision } from '../../search/decision.ts';

/** identify() traits and `data-context`: flat key → value. */
export type Traits = Record<string, string | number | boolean>;

interface Base {
  /** Unique within the journey (for "remove this"). */
  id: string;
  at: number;
  /** Page path (no query string or fragment). */
  path: string;
}

export interface SearchItem extends Base {
  kind: 'search';
  query: string;
  decision: Decision;
  /** Top results shown: entry id and question. */
  results: { id: string; title: string }[];
}

export interface ReadItem extends Base {
  kind: 'read';
  entry: string;
  title: string;
  /** Time spent on the answer. */
  ms?: number;
  query?: string;
}

export interface FeedbackItem extends Base {
  kind: 'feedback';
  entry: string;
  title: string;
  helpful: boolean;
  comment?: string;
}

export interface PageItem extends Base {
  kind: 'page';
  title: string;
}

export type JourneyItem = SearchItem | ReadItem | FeedbackItem | PageItem;

export interface Journey {
  /** Random id of this journey: the hand-off's session. */
  id: string;
  started: number;
  updated: number;
  lang: string;
  timeZone: string;
  traits: Traits;
  context: Traits;
  items: JourneyItem[];
}
