/** What ./stem.ts and ./stem-lazy.ts share: the stemmer type, no stemming, and a cache of stems. */
export type Stemmer = (word: string) => string;

export const identity: Stemmer = (w) => w;

const CACHE_LIMIT = 20000;

/** Words repeat a lot (an FAQ of 1,000 answers has ~60,000 words, ~5,000 distinct): stem each once. */
export function memoize(stem: Stemmer): Stemmer {
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
