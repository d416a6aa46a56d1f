/**
 * Stemmer per language: Porter for English (the `stemmer` package, 1.4 KB
 * gzip), Snowball for Spanish (./stem-es.ts). Other languages are left as
 * folded words; typo tolerance still applies to them.
 */
import { stemmer as stemEn } from 'stemmer';
import { stemEs } from './stem-es.ts';

export type Stemmer = (word: string) => string;

const identity: Stemmer = (w) => w;

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

const STEMMERS: Record<string, Stemmer> = { es: memoize(stemEs), en: memoize(stemEn) };

export function stemmerFor(locale: string): Stemmer {
  return STEMMERS[locale.slice(0, 2)] ?? identity;
}
