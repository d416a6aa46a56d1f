/**
 * The evaluator behind `ayuda eval` and `npm run eval`: any search function,
 * any labelled query set. Ranking figures (top-1, top-3, MRR) count only
 * answerable queries; `expected: ''` marks a question the FAQ cannot answer.
 */
import { performance } from 'node:perf_hooks';

export interface LabelledQuery {
  query: string;
  /** Entry id that answers it, or '' when the FAQ cannot. */
  expected: string;
  locale?: string;
}

export interface Ranked {
  ids: string[];
  /** `answered`, `weak` or `none`; omitted by baselines that make no decision. */
  decision?: string;
}

export interface EvalFigures {
  n: number;
  top1: number;
  top3: number;
  mrr: number;
  /** Share of answerable queries that got `answered`. */
  answered_in_scope: number | null;
  /** Share of unanswerable queries that got `none` or `weak`. */
  abstained_out_of_scope: number | null;
  p50_ms: number;
  p95_ms: number;
}

export function evaluate(search: (q: LabelledQuery) => Ranked, queries: LabelledQuery[]): EvalFigures {
  let answerable = 0, top1 = 0, top3 = 0, rr = 0, answered = 0, outOfScope = 0, abstained = 0, decided = 0;
  const times: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const r = search(q);
    times.push(performance.now() - t0);
    if (r.decision !== undefined) decided++;
    if (q.expected) {
      answerable++;
      const rank = r.ids.indexOf(q.expected);
      if (rank === 0) top1++;
      if (rank >= 0 && rank < 3) top3++;
      if (rank >= 0) rr += 1 / (rank + 1);
      if (r.decision === 'answered') answered++;
    } else {
      outOfScope++;
      if (r.decision === 'none' || r.decision === 'weak') abstained++;
    }
  }
  times.sort((a, b) => a - b);
  const share = (x: number, of: number): number => (of ? round(x / of) : 0);
  return {
    n: queries.length,
    top1: share(top1, answerable),
    top3: share(top3, answerable),
    mrr: share(rr, answerable),
    answered_in_scope: decided && answerable ? share(answered, answerable) : null,
    abstained_out_of_scope: decided && outOfScope ? share(abstained, outOfScope) : null,
    p50_ms: percentile(times, 0.5),
    p95_ms: percentile(times, 0.95),
  };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
