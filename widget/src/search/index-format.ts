/**
 * The serialised search index (`faq-index.json`). Everything the engine needs
 * at run time is precomputed at build time: text is already folded, stemmed
 * and mapped to synonyms, so loading is only array walking.
 */
import type { FaqEntry } from '../faq/types.ts';
import type { UiStrings } from '../i18n/types.ts';

export const INDEX_FORMAT = 'ayuda-faq-index';
/** 4: answers' terms and words shipped (`body`, `answerTerms`, `words`), answers apart in parts (`IndexedEntry.answers`). */
export const INDEX_VERSION = 4;

/** Expand the index's synonym groups into the analyzer's lookup table. */
export function synonymTable(groups: string[][]): Record<string, string> {
  const table: Record<string, string> = Object.create(null);
  for (const [canonical, ...members] of groups) for (const m of members) table[m] = canonical!;
  return table;
}

/**
 * Entry as shipped to the browser: no plain-text answer and no alternates
 * (the engine has their terms in `LocaleIndex`; customers never see them).
 * The whole index (`faq-index.json`) carries each answer's HTML; a part of
 * the index (`faq-index.<locale>.<hash>.json`) names instead the answer chunk
 * that holds it, fetched when the answer is shown (panel/answers.ts).
 */
export type IndexedEntry = Omit<FaqEntry, 'answerText' | 'alternates' | 'answerHtml'> & {
  answerHtml?: string;
  /** The answer chunk (`faq-answers.<locale>.<hash>.json`, relative to this part): `{ [id]: answerHtml }`. */
  answers?: string;
};

/** An answer chunk: entry id → its answer's HTML. */
export type AnswerChunk = Record<string, string>;

export interface LocaleIndex {
  locale: string;
  /** Positions in `FaqIndex.entries` of this locale's entries. */
  entries: number[];
  /** The language's stop words, space-separated (data, so the widget script ships no word lists). */
  stopwords: string;
  /**
   * Vocabulary of the questions and alternates: stop-word stems, then content
   * terms (stemmed, canonical), each part sorted.
   */
  terms: string[];
  /** Terms found only in answers and tags, sorted, their ids following `terms`' (packed: search/packed.ts `packWords`). */
  answerTerms: string;
  /**
   * Per entry (same order as `entries`): its answer's and tags' term ids,
   * a term once per occurrence (search/packed.ts `encodeIds`). What ranking
   * needs of an answer, without its text.
   */
  body: string[];
  /**
   * Words of the answers and tags (folded) that the typo corrector knows
   * besides the questions' own words and the terms: those whose term is in
   * the vocabulary but differs from them, sorted and packed (`packWords`).
   */
  words: string;
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
}

/** What tells a query in one of the FAQ's languages, shipped with every locale's part of the index. */
export interface LanguageInfo {
  locale: string;
  /** The language's stop words, space-separated. */
  stopwords: string;
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
  /**
   * Every locale of the FAQ, loaded here or not: a part of the index holds
   * one locale's entries (`ayuda build` writes one part per locale, loaded on
   * demand) and the means to tell when a query is in another.
   */
  languages?: LanguageInfo[];
}

