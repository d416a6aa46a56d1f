/**
 * Incremental grouping of questions (leader clustering): each new question
 * joins the most similar existing group of its language when the cosine
 * similarity to the group's centroid reaches `threshold`, else starts a new
 * group. Pure and in memory; server/grouping/grouping-step.ts persists the
 * centroids, so a restart resumes where it left off.
 *
 * A question's vector: its content terms (weight 1 each), optionally with
 * the character 3-grams of each term (`gramWeight`), idf weights and term
 * pairs (variants measured by bench/grouping-eval.ts, off by default: they
 * did not improve BANKING77, typos included, over spelling repair). The
 * centroid is the sum of its members' unit vectors, trimmed to the
 * `maxFeatures` heaviest features. Candidates are the groups that share a
 * term with the question, after spelling repair (./spelling.ts).
 */
import { createSpelling } from './spelling.ts';

export interface GrouperOptions {
  /** Cosine similarity needed to join a group (0-1). */
  threshold: number;
  /** Weight of a term's character grams, relative to the term itself. */
  gramWeight: number;
  /** Features kept per centroid. */
  maxFeatures: number;
  /** Weigh terms by inverse document frequency over the questions seen so far. */
  idf: boolean;
  /** Weight of adjacent term pairs ("top up", "card declined"), relative to a term. */
  pairWeight: number;
  /** Read a rare term one edit away from a frequent one as that term (./spelling.ts). */
  repair: boolean;
}

/** Chosen on BANKING77 train with bench/grouping-eval.ts (npm run eval:grouping). */
export const DEFAULT_GROUPER_OPTIONS: GrouperOptions = { threshold: 0.5, gramWeight: 0, maxFeatures: 48, idf: false, pairWeight: 0, repair: true };

/** A group as persisted: its size and centroid. */
export interface GroupVector {
  id: number;
  size: number;
  centroid: Record<string, number>;
}

export interface Placement {
  /** The group to join, or undefined for a new group. */
  id: number | undefined;
  similarity: number;
}

export interface Grouper {
  /** Restore a persisted group. */
  load(group: GroupVector): void;
  /** Where a question with these terms belongs (does not change anything). */
  place(terms: string[]): Placement;
  /** Add a question to group `id`, creating the group if new. */
  add(id: number, terms: string[]): void;
  /** Restore a term's count (spelling repair, document frequency). */
  loadTerm(term: string, count: number): void;
  /** The group as it should be persisted. */
  vector(id: number): GroupVector | undefined;
  /** Terms counted since the last call, with their counts, for persistence. */
  takeChangedTerms(): [string, number][];
  readonly size: number;
}

type Vector = Map<string, number>;

interface Group {
  size: number;
  centroid: Vector;
  norm: number;
  /** Norm of the centroid's gram part, to bound the similarity before computing it. */
  gramNorm: number;
}

const GRAM = '#';
/** Prefix of term-pair features (a term itself may hold a space: "pag cuot", a multi-word synonym). */
const PAIR = '>';

function grams(term: string): string[] {
  const x = `<${term}>`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= x.length; i++) out.push(GRAM + x.slice(i, i + 3));
  return out;
}

function norm(v: Vector, only?: (feature: string) => boolean): number {
  let s = 0;
  for (const [f, w] of v) if (!only || only(f)) s += w * w;
  return Math.sqrt(s);
}

const isGram = (f: string): boolean => f.startsWith(GRAM);
const isTerm = (f: string): boolean => !isGram(f);

function group(size: number, centroid: Vector): Group {
  return { size, centroid, norm: norm(centroid), gramNorm: norm(centroid, isGram) };
}

export function createGrouper(options: Partial<GrouperOptions> = {}): Grouper {
  const { threshold, gramWeight, maxFeatures, idf, pairWeight, repair } = { ...DEFAULT_GROUPER_OPTIONS, ...options };
  /** Questions seen; the spelling's raw term counts serve as document frequencies. */
  let seen = 0;
  const spelling = createSpelling();
  const changedTerms = new Set<string>();
  const df = spelling.counts();
  const weight = (t: string): number => (idf ? 1 + Math.log((seen + 1) / ((df.get(t) ?? 0) + 1)) : 1);
  const repaired = (terms: string[]): string[] => (repair ? [...new Set(terms.map((t) => spelling.repair(t)))] : terms);
  const groups = new Map<number, Group>();
  /** Term (not gram) → groups whose centroid holds it. */
  const postings = new Map<string, Set<number>>();

  const vectorOf = (terms: string[]): Vector => {
    const v: Vector = new Map();
    for (const t of terms) {
      const w = weight(t);
      v.set(t, (v.get(t) ?? 0) + w);
      const gs = grams(t);
      if (gramWeight > 0) for (const g of gs) v.set(g, (v.get(g) ?? 0) + (w * gramWeight) / gs.length);
    }
    if (pairWeight > 0) for (let i = 0; i + 1 < terms.length; i++) v.set(`${PAIR}${terms[i]} ${terms[i + 1]}`, pairWeight * Math.min(weight(terms[i]!), weight(terms[i + 1]!)));
    const n = norm(v) || 1;
    for (const [k, w] of v) v.set(k, w / n);
    return v;
  };

  const index = (id: number, centroid: Vector): void => {
    for (const f of centroid.keys()) {
      if (isGram(f) || f.startsWith(PAIR)) continue;
      let set = postings.get(f);
      if (!set) postings.set(f, (set = new Set()));
      set.add(id);
    }
  };
  const unindex = (id: number, centroid: Vector): void => {
    for (const f of centroid.keys()) postings.get(f)?.delete(id);
  };

  const trim = (v: Vector): Vector => {
    if (v.size <= maxFeatures) return v;
    // Terms before grams at equal weight: they are what candidates are found by.
    const kept = [...v].sort((a, b) => b[1] - a[1] || Number(isGram(a[0])) - Number(isGram(b[0]))).slice(0, maxFeatures);
    return new Map(kept);
  };

  return {
    get size() {
      return groups.size;
    },
    load({ id, size, centroid }) {
      const v = new Map(Object.entries(centroid));
      groups.set(id, group(size, v));
      index(id, v);
      seen += size;
    },
    loadTerm(term, count) {
      spelling.count(term, count);
    },
    place(raw) {
      const terms = repaired(raw);
      const q = vectorOf(terms);
      const candidates = new Set<number>();
      for (const t of terms) for (const id of postings.get(t) ?? []) candidates.add(id);
      const qTerms = [...q].filter(([f]) => isTerm(f));
      const qGrams = [...q].filter(([f]) => isGram(f));
      const qGramNorm = norm(q, isGram);
      let best: Placement = { id: undefined, similarity: 0 };
      for (const id of candidates) {
        const g = groups.get(id)!;
        if (!g.norm) continue;
        let dot = 0;
        for (const [f, w] of qTerms) dot += w * (g.centroid.get(f) ?? 0);
        // Cauchy-Schwarz: the grams can add at most |q_grams| x |c_grams|.
        if ((dot + qGramNorm * g.gramNorm) / g.norm < Math.max(threshold, best.similarity)) continue;
        for (const [f, w] of qGrams) dot += w * (g.centroid.get(f) ?? 0);
        const similarity = dot / g.norm;
        if (similarity > best.similarity || (similarity === best.similarity && best.id !== undefined && id < best.id)) best = { id, similarity };
      }
      return best.similarity >= threshold ? best : { id: undefined, similarity: best.similarity };
    },
    add(id, raw) {
      const terms = repaired(raw);
      const q = vectorOf(terms);
      seen++;
      for (const t of new Set(raw)) {
        spelling.count(t);
        changedTerms.add(t);
      }
      const old = groups.get(id);
      if (old) unindex(id, old.centroid);
      const sum = new Map(old?.centroid);
      for (const [f, w] of q) sum.set(f, (sum.get(f) ?? 0) + w);
      const g = group((old?.size ?? 0) + 1, trim(sum));
      groups.set(id, g);
      index(id, g.centroid);
    },
    takeChangedTerms() {
      const out = [...changedTerms].map((t): [string, number] => [t, df.get(t) ?? 0]);
      changedTerms.clear();
      return out;
    },
    vector(id) {
      const g = groups.get(id);
      if (!g) return undefined;
      const centroid: Record<string, number> = {};
      for (const [f, w] of g.centroid) centroid[f] = Math.round(w * 1e4) / 1e4;
      return { id, size: g.size, centroid };
    },
  };
}
