/**
 * Why a wording is in its group, for the group page: its words whose terms
 * the rest of the group uses too, read off the group's centroid (the sum of
 * its prototypes' centroids, as the grouping step stores them) less the
 * wording's own share, e.g. "devuelvo · pedido". A misspelt word counts when
 * its term is one edit from a group term, as spelling repair read it.
 */
import { editDistance } from '../../widget/src/search/edit-distance.ts';
import { MIN_REPAIR_LENGTH } from './spelling.ts';
import { termWords } from './question-terms.ts';
import { isEntry } from './vectors.ts';

/** A term is shared when the rest of the group gives it at least this share of the group's heaviest term's weight. */
export const SHARED_SHARE = 0.15;

/** A group's terms and their summed weights. */
export function groupTerms(centroids: Record<string, number>[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const c of centroids) for (const [f, w] of Object.entries(c)) if (!isEntry(f)) sum.set(f, (sum.get(f) ?? 0) + w);
  return sum;
}

/**
 * @param count how many of the group's questions are this wording (their own weight is not evidence).
 * @example
 * sharedWords('¿Cómo devuelvo mi pedido?', 'es', new Map([['devolv', 3], ['pedid', 3]]), 1) // ['devuelvo', 'pedido']
 */
export function sharedWords(text: string, locale: string, terms: ReadonlyMap<string, number>, count: number): string[] {
  const words = termWords(text, locale);
  const own = count / Math.sqrt(new Set(words.map((w) => w.term)).size || 1);
  const floor = Math.max(0, ...terms.values()) * SHARED_SHARE;
  const weight = (term: string): number => {
    const exact = terms.get(term);
    if (exact !== undefined || term.length < MIN_REPAIR_LENGTH) return (exact ?? 0) - own;
    let best = 0;
    for (const [t, w] of terms) if (t.length >= MIN_REPAIR_LENGTH && w > best && editDistance(term, t, 1) <= 1) best = w;
    return best;
  };
  return [...new Set(words.filter(({ term }) => floor > 0 && weight(term) >= floor).map(({ word }) => word))];
}
