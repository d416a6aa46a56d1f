/**
 * Typo tolerance: a query word that is not in the FAQ's vocabulary is matched
 * against the FAQ's own words with fuse.js (Bitap on short strings, which is
 * what it is built for): "devolusion" → "devolucion", "pasword" → "password".
 * The word being typed can also be completed: "devol" → "devolucion".
 * The word list is gathered on first use (or by `warm()`), not at load.
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
  /** The shortest FAQ word starting with `prefix` (at least 3 letters), as a term. */
  complete(prefix: string): Correction | undefined;
  /** Gather the word list now (idle time) rather than on the first typo. */
  warm(): void;
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

/** `words()` lists [folded word, its term] pairs; called once. */
export function createVocabularyMatcher(words: () => Iterable<[string, string]>): VocabularyMatcher {
  let termOf: Map<string, string> | undefined;
  let sorted: string[] = [];
  /** One fuse.js index per word length: a word is only compared with words of a length it could be a typo of. */
  const byLength = new Map<number, Fuse<string>>();
  const cache = new Map<string, Correction | undefined>();

  const load = (): Map<string, string> => {
    if (!termOf) {
      termOf = new Map([...words()].filter(([w]) => w.length >= 3 && !w.includes(' ')));
      sorted = [...termOf.keys()].sort();
    }
    return termOf;
  };
  const fuseFor = (length: number): Fuse<string> => {
    let fuse = byLength.get(length);
    if (!fuse) {
      fuse = new Fuse(sorted.filter((w) => w.length === length), { includeScore: true, ignoreLocation: true, threshold: MAX_FUSE_SCORE });
      byLength.set(length, fuse);
    }
    return fuse;
  };

  return {
    warm() {
      load();
    },
    correct(word) {
      if (word.length < 4 || /^\d+$/.test(word)) return undefined;
      if (cache.has(word)) return cache.get(word);
      const terms = load();
      const max = allowedEdits(word.length);
      let best: Correction | undefined;
      for (let len = word.length - max; len <= word.length + max; len++) {
        for (const r of fuseFor(len).search(word, { limit: 5 })) {
          const edits = editDistance(word, r.item, max);
          if (edits > max) continue;
          const similarity = 1 - edits / Math.max(word.length, r.item.length);
          if (!best || similarity > best.similarity) best = { term: terms.get(r.item)!, similarity };
        }
      }
      cache.set(word, best);
      return best;
    },
    complete(prefix) {
      if (prefix.length < 3) return undefined;
      const terms = load();
      // Binary search for the first word ≥ prefix in the sorted list.
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < prefix) lo = mid + 1; else hi = mid;
      }
      let best: string | undefined;
      for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) if (!best || sorted[i]!.length < best.length) best = sorted[i];
      return best ? { term: terms.get(best)!, similarity: prefix.length / best.length } : undefined;
    },
  };
}
