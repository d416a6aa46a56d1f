/**
 * Spelling repair against the terms seen so far. A term one edit away from a
 * term seen at least RATIO times as often ("devolusion" next to a frequent
 * "devolucion") is read as that term. Candidates come from deletion
 * neighbourhoods (as SymSpell does); raw counts are kept even for repaired
 * terms, so a real word that happens to be near another ("charge" /
 * "change") stops being repaired once it is common itself.
 */
import { editDistance } from '../../widget/src/search/edit-distance.ts';

/** Shorter words have too many neighbours that are other words ("card" / "cart"). */
export const MIN_REPAIR_LENGTH = 5;
/** How much more often the neighbour must have been seen. */
export const REPAIR_RATIO = 5;

export interface Spelling {
  /** The term as it should be read. */
  repair(term: string): string;
  /** Count one occurrence of `term` as typed (before repair). */
  count(term: string, by?: number): void;
  /** Raw counts, for persistence. */
  counts(): Map<string, number>;
}

function deletions(term: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < term.length; i++) out.push(term.slice(0, i) + term.slice(i + 1));
  return out;
}

export function createSpelling(): Spelling {
  const seen = new Map<string, number>();
  /** A deletion variant (or the term itself) → the terms it comes from. */
  const index = new Map<string, string[]>();
  const put = (key: string, term: string): void => {
    const list = index.get(key);
    if (!list) index.set(key, [term]);
    else if (!list.includes(term)) list.push(term);
  };
  return {
    repair(term) {
      if (term.length < MIN_REPAIR_LENGTH) return term;
      const own = seen.get(term) ?? 0;
      let best = term;
      let bestCount = Math.max(own * REPAIR_RATIO, 1);
      for (const key of [term, ...deletions(term)]) {
        for (const t of index.get(key) ?? []) {
          const n = seen.get(t) ?? 0;
          if (t !== term && n >= bestCount && (n > bestCount || t < best) && editDistance(term, t, 1) <= 1) {
            best = t;
            bestCount = n;
          }
        }
      }
      return best;
    },
    count(term, by = 1) {
      const before = seen.get(term);
      seen.set(term, (before ?? 0) + by);
      if (before === undefined && term.length >= MIN_REPAIR_LENGTH) {
        put(term, term);
        for (const d of deletions(term)) put(d, term);
      }
    },
    counts: () => seen,
  };
}
