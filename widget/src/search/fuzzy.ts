/**
 * Typo tolerance: a query word that is not in the FAQ's vocabulary is matched
 * against the FAQ's own words with fuse.js (Bitap on short strings, which is
 * what it is built for): "devolusion" → "devolucion", "pasword" → "password".
 * The word list is gathered on the first typo, not at load.
 */
import Fuse from 'fuse.js/basic';
import { editDistance } from './edit-distance.ts';

export interface Correction {
  /** The vocabulary term the misspelt word stands for. */
  term: string;
  /** Similarity in (0, 1]: 1 is an exact match. */
  similarity: number;
}

export interface VocabularyMatcher {
  correct(word: string): Correction | undefined;
}

/** fuse.js proposes candidates up to this score (0 = exact)... */
const MAX_FUSE_SCORE = 0.4;

/**
 * ...and a candidate is the same word misspelt only within this many edits:
 * one for short words, two from eight letters ("weather" is not "whether",
 * "receta" is not "recarga", but "portavilidad" is "portabilidad").
 */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

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
      const max = allowedEdits(word.length);
      for (const r of fuse.search(word, { limit: 10 })) {
        const edits = editDistance(word, r.item, max);
        if (edits > max) continue;
        const similarity = 1 - edits / Math.max(word.length, r.item.length);
        if (!best || similarity > best.similarity) best = { term: termOf.get(r.item)!, similarity };
      }
      cache.set(word, best);
      return best;
    },
  };
}
