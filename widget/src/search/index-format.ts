/**
 * The serialised search index (`faq-index.json`). Everything the engine needs
 * at run time is precomputed at build time: text is already folded, stemmed
 * and mapped to synonyms, so loading is only array walking.
 */
import type { FaqEntry } from '../faq/types.ts';
import type { UiStrings } from '../i18n/types.ts';

export const INDEX_FORMAT = 'ayuda-faq-index';
export const INDEX_VERSION = 2;

/** Expand the index's synonym groups into the analyzer's lookup table. */
export function synonymTable(groups: string[][]): Record<string, string> {
  const table: Record<string, string> = Object.create(null);
  for (const [canonical, ...members] of groups) for (const m of members) table[m] = canonical!;
  return table;
}

/**
 * Entry as shipped to the browser: no plain-text answer and no alternates
 * (the engine has their terms in `LocaleIndex`; customers never see them).
 */
export type IndexedEntry = Omit<FaqEntry, 'answerText' | 'alternates'>;

export interface LocaleIndex {
  locale: string;
  /** Positions in `FaqIndex.entries` of this locale's entries. */
  entries: number[];
  /** The language's stop words, space-separated (data, so the widget script ships no word lists). */
  stopwords: string;
  /**
   * Vocabulary of the questions and alternates: stop-word stems, then content
   * terms (stemmed, canonical), each part sorted. Answer-only terms are added
   * by the engine when it reads the answers.
   */
  terms: string[];
  /**
   * Per entry (same order as `entries`): the question and each alternate as
   * sequences of term ids, the first being the question. Stop words are kept
   * for phrase pairs and written as -(id + 1).
   */
  phrasings: number[][][];
  /**
   * Synonyms relevant to this FAQ, as groups: the canonical term first, then
   * the stems (or space-joined stem phrases) that map to it.
   */
  synonyms: string[][];
  /** Abbreviations and misspellings: folded word → replacement words. */
  rewrites: Record<string, string>;
  /** The locale's character-trigram profile (language-profile.ts), when the FAQ has two or more locales. */
  profile?: string;
}

export interface FaqIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  entries: IndexedEntry[];
  locales: LocaleIndex[];
  /** The widget's UI strings per language (data, like the FAQ itself). */
  ui: Record<string, UiStrings>;
}
