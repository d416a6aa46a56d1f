/**
 * The scoring model for one locale, loaded from its `LocaleIndex`:
 *  - BM25 over each entry's question + alternates (+ answer and tags at a
 *    lower weight), on stemmed terms and on adjacent term pairs;
 *  - cosine between character 3/4-grams of the query and each entry's
 *    centroid of phrasings, which catches morphology and typos the stemmer
 *    misses. Built lazily on the first query.
 * The two are blended; the blend weights come from the BANKING77 train split.
 */
import type { LocaleIndex } from './index-format.ts';
import { charGrams } from './char-grams.ts';
import { pause, Stepped } from './stepped.ts';

export interface ModelParams {
  k1: number;
  b: number;
  bigramWeight: number;
  bodyWeight: number;
  charWeight: number;
}

/** Tuned on every development FAQ at once (`npm run eval:dev`), BANKING77 train among them. */
export const DEFAULT_PARAMS: ModelParams = { k1: 1.2, b: 0.75, bigramWeight: 0.3, bodyWeight: 0.7, charWeight: 0.2 };

/**
 * How much an entry's score depends on the share of the query's content words
 * it has (Lucene's "coord"): +0.021 top-1 and +0.013 top-3 over the dev FAQs.
 */
const COORD = 0.4;

interface Postings { entries: number[]; tf: number[] }

export interface QueryTerm {
  /** Term id in the vocabulary, or -1 for a word the FAQ never uses. */
  id: number;
  /** A stop word: part of phrase pairs, not scored alone. */
  stop?: boolean;
  /** The term's text (stem), used for character grams. */
  text: string;
  /** 1 for an exact term, the similarity for a typo-corrected one. */
  weight: number;
}

export interface Scores {
  /** Blended score per entry, in [0, 1]. */
  score: Float64Array;
  /** Share of the query's BM25 weight matched, per entry, in [0, 1]. */
  coverage: Float64Array;
  /** Character-gram cosine per entry, in [0, 1]. */
  cosine: Float64Array;
}

/** What the decision model looks at for one hit (all in [0, 1] or small). */
export interface HitFeatures {
  score: number;
  coverage: number;
  cosine: number;
  /** Lead of this hit's score over the next one. */
  margin: number;
  /** Share of the query's content words the FAQ knows at all (exactly or by typo). */
  known: number;
  /** Share of the query's content words found in this entry. */
  matched: number;
  /** Number of content words in the query. */
  words: number;
  /** Share of the query's content words the FAQ's questions and alternates know (answers aside). */
  knownQ: number;
}

const PAIR = 1 << 20;

/** Phrasings (and entries) read per slice of the warm-up: a few ms on a phone. */
const SLICE = 96;

/** Stop words are stored as -(id + 1). */
const termOf = (id: number): number => (id < 0 ? -id - 1 : id);

export class LocaleModel {
  readonly size: number;
  private readonly unigram = new Map<number, Postings>();
  private readonly bigram = new Map<number, Postings>();
  readonly docLen: Float64Array;
  private avgLen = 1;
  /** The character-gram model: built in slices when idle (`warmStep`), or at once by the first query. */
  private readonly chars = new Stepped(() => this.buildChars());

  /** Empty until `fill` has run. */
  constructor(private readonly index: LocaleIndex, private readonly params: ModelParams = DEFAULT_PARAMS) {
    this.size = index.entries.length;
    this.docLen = new Float64Array(this.size);
  }

  /**
   * Build the BM25 postings, in slices (`yield*` it, or drain it, before scoring).
   * @param body per entry, the term ids of its answer and tags (repeats count),
   *   read from the shipped answers by the engine.
   */
  *fill(body: number[][]): Generator<void, this> {
    const { index, params } = this;
    let total = 0;
    // Slices by phrasings read, not by entries: an entry may have hundreds of alternates.
    for (let e = 0, read = 0; e < this.size; e++) {
      if ((read += index.phrasings[e]!.length + 1) > SLICE) (read = 0), yield;
      const tf = new Map<number, number>();
      const pairs = new Map<number, number>();
      for (const seq of index.phrasings[e]!) {
        for (let i = 0; i < seq.length; i++) {
          const id = seq[i]!;
          if (id >= 0) tf.set(id, (tf.get(id) ?? 0) + 1);
          if (i + 1 < seq.length) {
            const key = termOf(id) * PAIR + termOf(seq[i + 1]!);
            pairs.set(key, (pairs.get(key) ?? 0) + 1);
          }
        }
      }
      for (const id of body[e]!) tf.set(id, (tf.get(id) ?? 0) + params.bodyWeight);
      let len = 0;
      for (const [id, n] of tf) { add(this.unigram, id, e, n); len += n; }
      for (const [key, n] of pairs) add(this.bigram, key, e, n);
      this.docLen[e] = len;
      total += len;
    }
    this.avgLen = total / Math.max(1, this.size) || 1;
    return this;
  }

  idf(df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  score(terms: QueryTerm[], rough = false): Scores {
    const { k1, b, bigramWeight, charWeight } = this.params;
    const n = this.size;
    const bm25 = new Float64Array(n);
    /** Per entry, the query's content words it has (a typo-corrected one counts its similarity). */
    const has = new Float64Array(n);
    let possible = 0;
    let words = 0;
    const seen = new Set<number>();
    const accumulate = (p: Postings | undefined, w: number, word = 0): void => {
      if (!p) return;
      for (let i = 0; i < p.entries.length; i++) {
        const e = p.entries[i]!;
        const tf = p.tf[i]!;
        bm25[e]! += (w * tf) / (tf + k1 * (1 - b + (b * this.docLen[e]!) / this.avgLen));
        has[e]! += word;
      }
    };
    for (const t of terms) {
      if (t.stop || (t.id >= 0 && seen.has(t.id))) continue;
      if (t.id >= 0) seen.add(t.id);
      const p = t.id >= 0 ? this.unigram.get(t.id) : undefined;
      const full = this.idf(p?.entries.length ?? 0) * (k1 + 1);
      possible += full;
      words++;
      accumulate(p, full * t.weight, t.weight);
    }
    for (let i = 0; i + 1 < terms.length; i++) {
      const a = terms[i]!;
      const c = terms[i + 1]!;
      if (a.id < 0 || c.id < 0) continue;
      const p = this.bigram.get(a.id * PAIR + c.id);
      if (p) accumulate(p, bigramWeight * this.idf(p.entries.length) * (k1 + 1) * Math.min(a.weight, c.weight));
    }
    const coverage = bm25.map((s) => (possible > 0 ? Math.min(1, s / possible) : 0));
    // Rough (a keystroke before the warm-up has built the character grams, `warm`): the words alone.
    const cosine = rough ? new Float64Array(this.size) : this.charCosine(terms);
    // An entry with more of the query's words ranks above one with a rarer word but fewer of them.
    const score = coverage.map((c, e) => ((1 - charWeight) * c + charWeight * cosine[e]!) * (1 - COORD + (COORD * has[e]!) / (words || 1)));
    return { score, coverage, cosine };
  }

  features(terms: QueryTerm[], scores: Scores, e: number, next: number | undefined): HitFeatures {
    const content = terms.filter((t) => !t.stop);
    const n = content.length || 1;
    // Ids below the index's own vocabulary come from questions and alternates; the rest only from answers.
    const inQuestions = content.filter((t) => t.id >= 0 && t.id < this.index.terms.length);
    return {
      knownQ: sum(inQuestions) / n,
      score: scores.score[e]!,
      coverage: scores.coverage[e]!,
      cosine: scores.cosine[e]!,
      margin: scores.score[e]! - (next === undefined ? 0 : scores.score[next]!),
      known: sum(content.filter((t) => t.id >= 0)) / n,
      matched: sum(content.filter((t) => t.id >= 0 && contains(this.unigram.get(t.id), e))) / n,
      words: content.length,
    };
  }

  /** Build a slice of the character-gram model; true once it is built. */
  warmStep(): boolean {
    return this.chars.step();
  }

  /** Whether the character-gram model is built (a rough score leaves it out until then). */
  get warm(): boolean {
    return this.chars.ready;
  }

  private charCosine(terms: QueryTerm[]): Float64Array {
    const out = new Float64Array(this.size);
    const model = this.chars.get();
    const counts = new Map<number, number>();
    for (const t of terms) if (!t.stop) for (const g of charGrams(t.text)) {
      const id = model.gramId.get(g);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    let norm = 0;
    const weights: [number, number][] = [];
    for (const [id, c] of counts) {
      const w = (1 + Math.log(c)) * model.idf[id]!;
      weights.push([id, w]);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (!norm) return out;
    for (const [id, w] of weights) {
      const p = model.postings[id]!;
      for (let i = 0; i < p.entries.length; i++) out[p.entries[i]!]! += (w / norm) * p.tf[i]!;
    }
    return out;
  }

  /** Per entry: the L2-normalised sum of its phrasings' L2-normalised TF-IDF gram vectors. */
  private *buildChars(): Generator<void, { gramId: Map<string, number>; idf: number[]; postings: Postings[] }> {
    const gramId = new Map<string, number>();
    // A phrase term ("sign up") is also indexed as its words: its letters count once, through them.
    const termGrams: number[][] = [];
    for (const [i, t] of this.index.terms.entries()) {
      termGrams.push((t.includes(' ') ? [] : charGrams(t)).map((g) => {
        let id = gramId.get(g);
        if (id === undefined) { id = gramId.size; gramId.set(g, id); }
        return id;
      }));
      if (pause(i, 512)) yield;
    }
    // Two passes over the phrasings (document frequencies, then vectors), keeping no per-phrasing maps:
    // at 10,000 entries those made the garbage collector pause the page.
    const gramsOf = (seq: number[], v: Map<number, number>): Map<number, number> => {
      v.clear();
      for (const t of seq) if (t >= 0) for (const g of termGrams[t]!) v.set(g, (v.get(g) ?? 0) + 1);
      return v;
    };
    const df = new Array<number>(gramId.size).fill(0);
    const seen = new Set<number>();
    let read = 0;
    for (const seqs of this.index.phrasings) {
      seen.clear();
      for (const seq of seqs) for (const t of seq) if (t >= 0) for (const g of termGrams[t]!) seen.add(g);
      for (const g of seen) df[g]!++;
      if ((read += seqs.length + 1) > SLICE) (read = 0), yield;
    }
    const idf = df.map((d) => Math.log((this.size + 1) / (d || 1)));
    const postings: Postings[] = Array.from({ length: gramId.size }, () => ({ entries: [], tf: [] }));
    const v = new Map<number, number>();
    const centroid = new Map<number, number>();
    for (const [e, seqs] of this.index.phrasings.entries()) {
      if ((read += seqs.length + 1) > SLICE) (read = 0), yield;
      centroid.clear();
      for (const seq of seqs) {
        gramsOf(seq, v);
        let norm = 0;
        for (const [g, c] of v) { const w = (1 + Math.log(c)) * idf[g]!; v.set(g, w); norm += w * w; }
        norm = Math.sqrt(norm) || 1;
        for (const [g, w] of v) centroid.set(g, (centroid.get(g) ?? 0) + w / norm);
      }
      let norm = 0;
      for (const w of centroid.values()) norm += w * w;
      norm = Math.sqrt(norm) || 1;
      for (const [g, w] of centroid) { postings[g]!.entries.push(e); postings[g]!.tf.push(w / norm); }
    }
    return { gramId, idf, postings };
  }
}

/** Typo-corrected words count for their similarity, exact ones for 1. */
const sum = (terms: QueryTerm[]): number => terms.reduce((s, t) => s + t.weight, 0);

/** Does entry `e` contain term `id`? (postings are in entry order) */
function contains(p: Postings | undefined, e: number): boolean {
  if (!p) return false;
  let lo = 0, hi = p.entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = p.entries[mid]!;
    if (v === e) return true;
    if (v < e) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

function add(map: Map<number, Postings>, key: number, entry: number, tf: number): void {
  let p = map.get(key);
  if (!p) map.set(key, (p = { entries: [], tf: [] }));
  p.entries.push(entry);
  p.tf.push(tf);
}
