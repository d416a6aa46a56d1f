/**
 * Stemmer per language: Porter for English (the `stemmer` package, 1.4 KB
 * gzip), Snowball for Spanish (./stem-es.ts) after taking enclitic pronouns
 * off verb forms (./clitics-es.ts). Other languages are left as folded
 * words; typo tolerance still applies to them.
 */
import { stemmer as stemEn } from 'stemmer';
import { stemAfterEs, stemEs } from './stem-es.ts';
import { dropClitics } from './clitics-es.ts';
import { fold } from './normalize.ts';

/** A lower-case word, folded or as written (with its accents) → its stem. */
export type Stemmer = (word: string) => string;

const identity: Stemmer = (w) => fold(w);

const CACHE_LIMIT = 20000;

/** Words repeat a lot (an FAQ of 1,000 answers has ~60,000 words, ~5,000 distinct): stem each once. */
function memoize(stem: Stemmer): Stemmer {
  const cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, (s = stem(word)));
    }
    return s;
  };
}

const STEMMERS: Record<string, Stemmer> = {
  es: memoize((w) => stemEs(fold(dropClitics(w)))),
  en: memoize((w) => stemEn(fold(w))),
};

export function stemmerFor(locale: string): Stemmer {
  return STEMMERS[locale.slice(0, 2)] ?? identity;
}

/** A folded word after the folded word before it → its stem when the context decides it, else undefined. */
export type ContextStemmer = (previous: string | undefined, word: string) => string | undefined;

const CONTEXT: Record<string, ContextStemmer> = { es: stemAfterEs };

/** Homographs read by the word before them ("el recibo", the bill; "cuándo recibo", I receive). */
export function contextStemmerFor(locale: string): ContextStemmer | undefined {
  return CONTEXT[locale.slice(0, 2)];
}
