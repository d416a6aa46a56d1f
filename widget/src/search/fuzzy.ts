/**
 * Typo tolerance: a query word that is not in the FAQ's vocabulary is matched
 * against the FAQ's own words with fuse.js (Bitap on short strings, which is
 * what it is built for): "devolusion" → "devolucion", "pasword" → "password".
 * The word list is gathered on the first typo, not at load.
 */
import Fuse from 'fuse.js';

export interface Correction {
  /** The vocabulary term the misspelt word stands for. */
  term: string;
  /** Similarity in (0, 1]: 1 is an exact match. */
  similarity: number;
}

export interface VocabularyMatcher {
  correct(word: string): Correction | undefined;
}

/** Below this fuse.js score (0 = exact) a known word counts as the same word misspelt. */
const MAX_FUSE_SCORE = 0.34;

/** `words()` lists [folded word, its term] pairs; called once, on the first correction. */
export function createVocabularyMatcher(words: () => Iterable<[string, string]>): VocabularyMatcher {
  let fuse: Fuse<string> | undefined;
  let termOf: Map<string, string>;
  const cache = new Map<string, Correction | undefined>();
  return {
    correct(word) {
      if (word.length < 4 || /^\d+$/.test(word)) return undefined;
      if (cache.has(word)) return cache.get(word);
      if (!fuse) {
        termOf = new Map([...words()].filter(([w]) => w.length >= 3 && !w.includes(' ')));
        fuse = new Fuse([...termOf.keys()], { includeScore: true, ignoreLocation: true, threshold: MAX_FUSE_SCORE, minMatchCharLength: 3 });
      }
      let best: Correction | undefined;
      for (const r of fuse.search(word, { limit: 5 })) {
        // The same word misspelt, not a short word found inside a longer one.
        if (Math.abs(r.item.length - word.length) > 2) continue;
        const similarity = 1 - (r.score ?? 1);
        if (!best || similarity > best.similarity) best = { term: termOf.get(r.item)!, similarity };
      }
      cache.set(word, best);
      return best;
    },
  };
}
