/**
 * The built-in lexicon, per language. It is used at BUILD time only: the
 * index keeps just the groups that touch the FAQ's own vocabulary, so the
 * widget script never carries the whole lexicon.
 */
import * as es from './lexicon/es.ts';
import * as en from './lexicon/en.ts';

export interface Lexicon {
  /** Groups of interchangeable words or phrases, "a|b|c", most neutral first. */
  variants: string[];
  /** One-way rewrites: misspelling/abbreviation → standard words. */
  rewrites: Record<string, string>;
  /**
   * Kinds of things ("Portugal" is a country, "umbrella" says weather): a
   * member the FAQ does not use also says the words the FAQ uses for its
   * kind. Members (`names`) are folded single words as typed; both lists are
   * space-separated.
   */
  kinds?: { names: string; means: string }[];
}

const BUILT_IN: Record<string, Lexicon> = { es, en };

export function builtInLexicon(locale: string): Lexicon {
  return BUILT_IN[locale.slice(0, 2)] ?? { variants: [], rewrites: {} };
}
