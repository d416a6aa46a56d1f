/**
 * Sparse vectors (feature → weight) and the capped postings that find a
 * question's candidate groups, for ./grouper.ts.
 */

export type Vector = Map<string, number>;

/** Features of the closest FAQ entry start with this ("@returns"); terms never do (they are folded words). */
export const ENTRY = '@';

export const isEntry = (feature: string): boolean => feature.startsWith(ENTRY);

export function norm(v: Vector, only?: (feature: string) => boolean): number {
  let s = 0;
  for (const [f, w] of v) if (!only || only(f)) s += w * w;
  return Math.sqrt(s);
}

/** Dot product, iterating the smaller vector; `only` filters the features counted. */
export function dot(a: Vector, b: Vector, only?: (feature: string) => boolean): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [f, w] of small) if (!only || only(f)) s += w * (large.get(f) ?? 0);
  return s;
}

/** `into += by × scale`, dropping features that fall to (about) zero. */
export function addInto(into: Vector, by: Vector, scale = 1): void {
  for (const [f, w] of by) {
    const next = (into.get(f) ?? 0) + w * scale;
    if (next > 1e-6) into.set(f, next);
    else into.delete(f);
  }
}

/** The `max` heaviest features (ties by name, so a trim never depends on insertion order). */
export function trim(v: Vector, max: number): Vector {
  if (v.size <= max) return v;
  return new Map([...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max));
}

/**
 * Feature → the groups that hold it with its impact (its weight in the
 * normalised centroid), at most `cap` per feature: those where it weighs most, the only ones it could make
 * the best match. A question's candidates are then bounded by its features ×
 * `cap`, however many groups there are.
 */
export interface Postings {
  set(feature: string, id: number, impact: number): void;
  delete(feature: string, id: number): void;
  /** The groups holding `feature`, each with its impact. */
  get(feature: string): Iterable<[number, number]>;
}

interface Posting {
  impacts: Map<number, number>;
  /** The lowest impact, recomputed lazily. */
  min: { id: number; impact: number } | undefined;
}

function lowest(p: Posting): { id: number; impact: number } | undefined {
  if (p.min) return p.min;
  for (const [id, impact] of p.impacts) if (!p.min || impact < p.min.impact) p.min = { id, impact };
  return p.min;
}

export function createPostings(cap: number): Postings {
  const postings = new Map<string, Posting>();
  return {
    set(feature, id, impact) {
      let p = postings.get(feature);
      if (!p) postings.set(feature, (p = { impacts: new Map(), min: undefined }));
      if (!p.impacts.has(id) && p.impacts.size >= cap) {
        const min = lowest(p)!;
        if (impact <= min.impact) return;
        p.impacts.delete(min.id);
        p.min = undefined;
      }
      p.impacts.set(id, impact);
      if (p.min && (p.min.id === id || impact < p.min.impact)) p.min = undefined;
    },
    delete(feature, id) {
      const p = postings.get(feature);
      if (!p?.impacts.delete(id)) return;
      if (p.min?.id === id) p.min = undefined;
      if (!p.impacts.size) postings.delete(feature);
    },
    get(feature) {
      return postings.get(feature)?.impacts ?? [];
    },
  };
}
