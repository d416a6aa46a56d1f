/**
 * Incremental grouping of questions. Pure and in memory;
 * server/grouping/grouping-step.ts persists every vector, so a restart
 * resumes where it left off.
 *
 * - A question's vector: its content terms (weight 1 each, after spelling
 *   repair, ./spelling.ts) and the FAQ entry its search came closest to
 *   (`entryWeight`, scaled down when the search's score for it was below
 *   `entryFullScore`), as a unit vector.
 * - It joins the *prototype* whose centroid (the sum of its members' vectors,
 *   trimmed to `maxFeatures`) has cosine ≥ `threshold` with it, else starts
 *   one. A question without a closest entry is compared on words only.
 * - A group is one prototype or several joined: after each question the
 *   group is compared with the groups sharing its heaviest features, by
 *   average linkage (the mean cosine between their members, read off the
 *   sums), and joins the best at ≥ `mergeThreshold`. A diffuse group has a
 *   low mean cosine with anything, so merges do not chain intents together
 *   as centroid cosine did. A merged prototype keeps its own centroid: later
 *   questions like it still find it, and land in its group.
 * - A lead's decisions: `merge` joins two groups by hand; `split` starts a
 *   group from some questions and keeps it `apart` from the one they left.
 *
 * Measured on BANKING77 by bench/grouping-eval.ts (npm run eval:grouping).
 */
import { createSpelling } from './spelling.ts';
import { addInto, createPostings, dot, ENTRY, isEntry, norm, trim, type Vector } from './vectors.ts';

export interface GrouperOptions {
  /** Cosine similarity needed to join a prototype (0-1). */
  threshold: number;
  /** Weight of the closest entry, relative to one term; 0 ignores it. */
  entryWeight: number;
  /** A search score at or above this gives the entry its full weight; below, proportionally less. */
  entryFullScore: number;
  /** Average linkage needed to merge two groups; 0 turns merging off. */
  mergeThreshold: number;
  /** Groups smaller than this are not merged automatically. */
  mergeMinSize: number;
  /** Features kept per centroid. */
  maxFeatures: number;
  /** Prototypes indexed per feature (bounds the candidates of a question). */
  maxPostings: number;
  /** Read a rare term one edit away from a frequent one as that term (./spelling.ts). */
  repair: boolean;
}

/** Chosen on BANKING77 train with bench/grouping-eval.ts (npm run eval:grouping). */
export const DEFAULT_GROUPER_OPTIONS: GrouperOptions = { threshold: 0.5, entryWeight: 2, entryFullScore: 0.7, mergeThreshold: 0.4, mergeMinSize: 3, maxFeatures: 48, maxPostings: 200, repair: true };

/** The closest FAQ entry of a question and the search's score for it (undefined: full weight). */
export interface ClosestEntry {
  id: string;
  score?: number;
}

export interface Question {
  terms: string[];
  entry?: ClosestEntry | null;
}

/** A prototype as persisted: its size, centroid and the group it belongs to when merged into another. */
export interface GroupVector {
  id: number;
  size: number;
  centroid: Record<string, number>;
  mergedInto?: number | null;
}

export interface Placement {
  /** The prototype to join, or undefined for a new one. */
  id: number | undefined;
  similarity: number;
}

/** An automatic merge: group `from` (and its prototypes) now belongs to `into`. */
export interface Merge {
  from: number;
  into: number;
  similarity: number;
}

export interface Grouper {
  /** Restore a persisted prototype (`mergedInto` names its group's own prototype, never another merged one). */
  load(group: GroupVector): void;
  /** Restore a term's count (spelling repair). */
  loadTerm(term: string, count: number): void;
  /** Never merge these two groups automatically (a lead split them). */
  apart(a: number, b: number): void;
  /** Where a question belongs (changes nothing): a prototype, see `group`. */
  place(question: Question): Placement;
  /** Add a question to prototype `id` (created if new); returns the merge it led to, if any. */
  add(id: number, question: Question): Merge | undefined;
  /** Join group `from` into group `into` by hand (lifts their `apart`). */
  merge(into: number, from: number): void;
  /** Start prototype `id` with these questions, kept apart from the group of `from`. */
  split(from: number, id: number, questions: Question[]): void;
  /** The group a prototype belongs to. */
  group(id: number): number;
  /** The prototype as it should be persisted. */
  vector(id: number): GroupVector | undefined;
  /** Terms counted since the last call, with their counts, for persistence. */
  takeChangedTerms(): [string, number][];
}

interface Prototype {
  size: number;
  centroid: Vector;
  norm: number;
  /** Norm of the centroid's terms alone, for questions without an entry. */
  termNorm: number;
  parent: number | undefined;
}

const isTerm = (f: string): boolean => !isEntry(f);

/** Sizes at which a group looks for a merge: each up to 8, then every 25% of growth (a bounded cost per question). */
export function checkpoint(size: number): boolean {
  const step = (n: number): number => Math.floor(Math.log(n) / Math.log(1.25));
  return size <= 8 || step(size) !== step(size - 1);
}

export function createGrouper(options: Partial<GrouperOptions> = {}): Grouper {
  const o = { ...DEFAULT_GROUPER_OPTIONS, ...options };
  const spelling = createSpelling();
  const changedTerms = new Set<string>();
  const protos = new Map<number, Prototype>();
  /** Group (root prototype) → the sum of its members' vectors and their number. */
  const sums = new Map<number, { size: number; sum: Vector }>();
  const postings = createPostings(o.maxPostings);
  const rules: [number, number][] = [];
  let apartCache: Map<number, Set<number>> | undefined;

  const group = (id: number): number => {
    let root = id;
    for (let p = protos.get(root); p?.parent !== undefined; p = protos.get(root)) root = p.parent;
    // Path compression: later look-ups take one step.
    for (let p = protos.get(id); p?.parent !== undefined && p.parent !== root; p = protos.get(id)) [id, p.parent] = [p.parent, root];
    return root;
  };
  const isApart = (a: number, b: number): boolean => {
    if (!apartCache) {
      apartCache = new Map();
      for (const [x, y] of rules) {
        const [gx, gy] = [group(x), group(y)];
        if (!apartCache.has(gx)) apartCache.set(gx, new Set());
        if (!apartCache.has(gy)) apartCache.set(gy, new Set());
        apartCache.get(gx)!.add(gy);
        apartCache.get(gy)!.add(gx);
      }
    }
    return apartCache.get(a)?.has(b) ?? false;
  };

  const vectorOf = ({ terms, entry }: Question): Vector => {
    const v: Vector = new Map();
    for (const t of terms) v.set(o.repair ? spelling.repair(t) : t, 1);
    if (entry && o.entryWeight > 0) {
      const share = entry.score === undefined || !Number.isFinite(entry.score) || o.entryFullScore <= 0 ? 1 : Math.max(0, Math.min(1, entry.score / o.entryFullScore));
      if (share > 0) v.set(ENTRY + entry.id, o.entryWeight * share);
    }
    const n = norm(v) || 1;
    for (const [f, w] of v) v.set(f, w / n);
    return v;
  };

  const setCentroid = (id: number, size: number, centroid: Vector, parent: number | undefined): void => {
    const old = protos.get(id);
    if (old) for (const f of old.centroid.keys()) postings.delete(f, id);
    const p: Prototype = { size, centroid, norm: norm(centroid), termNorm: norm(centroid, isTerm), parent };
    protos.set(id, p);
    for (const [f, w] of centroid) postings.set(f, id, w / (p.norm || 1));
  };

  const addToSum = (g: number, v: Vector, size: number): void => {
    const s = sums.get(g) ?? { size: 0, sum: new Map() };
    addInto(s.sum, v);
    s.size += size;
    s.sum = trim(s.sum, o.maxFeatures * 2);
    sums.set(g, s);
  };

  const join = (into: number, from: number): void => {
    protos.get(from)!.parent = into;
    const f = sums.get(from);
    if (f) addToSum(into, f.sum, f.size);
    sums.delete(from);
    apartCache = undefined;
  };

  /** The group most like `g` by average linkage, among those sharing its heaviest features. */
  const mergeFor = (g: number): Merge | undefined => {
    const own = sums.get(g);
    if (!own || own.size < o.mergeMinSize || !checkpoint(own.size)) return undefined;
    const heaviest = [...own.sum].sort((a, b) => b[1] - a[1]).slice(0, 4);
    let best: Merge | undefined;
    const seen = new Set<number>([g]);
    for (const [f] of heaviest) {
      for (const [id] of postings.get(f)) {
        const h = group(id);
        if (seen.has(h)) continue;
        seen.add(h);
        const other = sums.get(h);
        if (!other || other.size < o.mergeMinSize || isApart(g, h)) continue;
        const similarity = dot(own.sum, other.sum) / (own.size * other.size);
        if (similarity >= o.mergeThreshold && (!best || similarity > best.similarity)) best = { from: h, into: g, similarity };
      }
    }
    if (!best) return undefined;
    // The larger group keeps its id (its page, its workflow); on a tie, the older.
    const [sg, sh] = [own.size, sums.get(best.from)!.size];
    return sh > sg || (sh === sg && best.from < g) ? { from: g, into: best.from, similarity: best.similarity } : best;
  };

  return {
    load({ id, size, centroid, mergedInto }) {
      const v = new Map(Object.entries(centroid));
      setCentroid(id, size, v, mergedInto ?? undefined);
      addToSum(group(id), v, size);
    },
    loadTerm(term, count) {
      spelling.count(term, count);
    },
    apart(a, b) {
      rules.push([a, b]);
      apartCache = undefined;
    },
    place(question) {
      const q = vectorOf(question);
      const words = ![...q.keys()].some(isEntry);
      // Term at a time: each posting adds its share of the cosine (exact unless a posting was capped).
      const cosines = new Map<number, number>();
      for (const [f, w] of q) for (const [id, impact] of postings.get(f)) cosines.set(id, (cosines.get(id) ?? 0) + w * impact);
      let best: Placement = { id: undefined, similarity: 0 };
      for (const [id, cosine] of cosines) {
        const p = protos.get(id)!;
        // Without an entry, compare with the centroid's terms alone.
        const similarity = !words ? cosine : (cosine * p.norm) / (p.termNorm || 1);
        if (similarity > best.similarity || (similarity === best.similarity && best.id !== undefined && id < best.id)) best = { id, similarity };
      }
      return best.similarity >= o.threshold ? best : { id: undefined, similarity: best.similarity };
    },
    add(id, question) {
      const q = vectorOf(question);
      for (const t of new Set(question.terms)) {
        spelling.count(t);
        changedTerms.add(t);
      }
      const old = protos.get(id);
      const sum = new Map(old?.centroid);
      addInto(sum, q);
      setCentroid(id, (old?.size ?? 0) + 1, trim(sum, o.maxFeatures), old?.parent);
      const g = group(id);
      addToSum(g, q, 1);
      if (o.mergeThreshold <= 0) return undefined;
      const merge = mergeFor(g);
      if (merge) join(merge.into, merge.from);
      return merge;
    },
    merge(into, from) {
      const [gi, gf] = [group(into), group(from)];
      if (gi === gf) return;
      for (let i = rules.length - 1; i >= 0; i--) {
        const [a, b] = [group(rules[i]![0]), group(rules[i]![1])];
        if ((a === gi && b === gf) || (a === gf && b === gi)) rules.splice(i, 1);
      }
      join(gi, gf);
    },
    split(from, id, questions) {
      const g = group(from);
      const sum: Vector = new Map();
      for (const question of questions) addInto(sum, vectorOf(question));
      const taken = sums.get(g);
      if (taken) {
        addInto(taken.sum, sum, -1);
        taken.size = Math.max(0, taken.size - questions.length);
      }
      setCentroid(id, questions.length, trim(sum, o.maxFeatures), undefined);
      sums.set(id, { size: questions.length, sum: trim(new Map(sum), o.maxFeatures * 2) });
      rules.push([g, id]);
      apartCache = undefined;
    },
    group,
    vector(id) {
      const p = protos.get(id);
      if (!p) return undefined;
      const centroid: Record<string, number> = {};
      for (const [f, w] of p.centroid) centroid[f] = Math.round(w * 1e4) / 1e4;
      const root = group(id);
      return { id, size: p.size, centroid, mergedInto: root === id ? null : root };
    },
    takeChangedTerms() {
      const counts = spelling.counts();
      const out = [...changedTerms].map((t): [string, number] => [t, counts.get(t) ?? 0]);
      changedTerms.clear();
      return out;
    },
  };
}
