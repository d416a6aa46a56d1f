/**
 * Typo tolerance: a query word that is not in the FAQ's vocabulary is matched
 * against the FAQ's own words by edit distance: "devolusion" → "devolucion",
 * "pasword" → "password", "voicemial" → "voicemail". The word being typed can
 * also be completed: "devol" → "devolucion".
 *
 * Words are bucketed by length, so a word is only compared with the words it
 * could be a typo of (at most two letters longer or shorter), and each
 * comparison stops as soon as it exceeds the edits allowed. This replaced
 * fuse.js here: fuse only proposed candidates for this same edit-distance
 * check, at 7.6 KiB gzip of the widget's 30 KiB budget, with the same
 * quality on BANKING77 and telco (see ARCHITECTURE.md, "Typo tolerance").
 * The word list is gathered on first use (or by `warm()`), not at load.
 */
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

/**
 * A candidate is the same word misspelt only within this many edits: one for
 * short words, two from eight letters ("weather" is not "whether", "receta"
 * is not "recarga", but "portavilidad" is "portabilidad").
 */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/** Shorter words are corrected only to words with the same first letter ("gano" is not "daño"). */
const SHORT = 6;

/** `words()` lists [folded word, its term] pairs; called once. */
export function createVocabularyMatcher(words: () => Iterable<[string, string]>): VocabularyMatcher {
  let termOf: Map<string, string> | undefined;
  let sorted: string[] = [];
  /** Sorted words of each length. */
  const byLength = new Map<number, string[]>();
  const cache = new Map<string, Correction | undefined>();

  const load = (): Map<string, string> => {
    if (!termOf) {
      termOf = new Map([...words()].filter(([w]) => w.length >= 3 && !w.includes(' ')));
      sorted = [...termOf.keys()].sort();
      for (const w of sorted) {
        const bucket = byLength.get(w.length);
        if (bucket) bucket.push(w); else byLength.set(w.length, [w]);
      }
    }
    return termOf;
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
      let bestEdits = max + 1;
      let bestKeepsFirst = false;
      for (let len = word.length - max; len <= word.length + max; len++) {
        for (const candidate of byLength.get(len) ?? []) {
          const edits = editDistance(word, candidate, max);
          if (edits > max) continue;
          // Fewer edits first; between equals, a word that starts like the typo
          // (first letters are rarely mistyped), then the shorter one.
          const keepsFirst = candidate[0] === word[0];
          if (!keepsFirst && word.length < SHORT) continue;
          if (edits < bestEdits || (edits === bestEdits && keepsFirst && !bestKeepsFirst)) {
            bestEdits = edits;
            bestKeepsFirst = keepsFirst;
            best = { term: terms.get(candidate)!, similarity: 1 - edits / Math.max(word.length, candidate.length) };
          }
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
