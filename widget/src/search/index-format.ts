/**
 * The serialised search index (`faq-index.json`). Everything the engine needs
 * at run time is precomputed at build time: text is already folded, stemmed
 * and mapped to synonyms, so loading is only array walking.
 */
import type { FaqEntry } from '../faq/types.ts';
import type { SynonymTable } from './analyzer.ts';

export const INDEX_FORMAT = 'ayuda-faq-index';
export const INDEX_VERSION = 1;

/**
 * Entry as shipped to the browser: no plain-text answer and no alternates
 * (the engine has their terms in `LocaleIndex`; customers never see them).
 */
export type IndexedEntry = Omit<FaqEntry, 'answerText' | 'alternates'>;

export interface LocaleIndex {
  locale: string;
  /** Positions in `FaqIndex.entries` of this locale's entries. */
  entries: number[];
  /** Vocabulary, sorted: content terms (stemmed, canonical) and stop-word stems. */
  terms: string[];
  /**
   * Per entry (same order as `entries`): the question and each alternate as
   * sequences of term ids, the first being the question. Stop words are kept
   * for phrase pairs and written as -(id + 1).
   */
  phrasings: number[][][];
  /**
   * Per entry: answer and tag term ids, sorted, each written as the difference
   * from the previous one (a term used twice appears as a 0).
   */
  body: number[][];
  /** Synonyms relevant to this FAQ: query stem (or stem phrase) → canonical term. */
  synonyms: SynonymTable;
  /** Abbreviations and misspellings: folded word → replacement words. */
  rewrites: Record<string, string>;
}

export interface FaqIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  entries: IndexedEntry[];
  locales: LocaleIndex[];
}
