/**
 * Validation splits of BANKING77 train.csv (test.csv is never used for
 * tuning): alternates are the first K rows of each intent, validation queries
 * are rows 21–45 of each intent, so they never overlap the FAQ for K ≤ 20.
 */
import type { LabelledQuery } from '../../cli/lib/evaluate.ts';

export function validationQueries(train: { text: string; category: string }[], from = 20, to = 45): LabelledQuery[] {
  const seen = new Map<string, number>();
  const out: LabelledQuery[] = [];
  for (const r of train) {
    const n = (seen.get(r.category) ?? 0) + 1;
    seen.set(r.category, n);
    if (n > from && n <= to) out.push({ query: r.text, expected: r.category, locale: 'en' });
  }
  return out;
}

/** A deterministic pseudo-random generator (mulberry32) for reproducible folds. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
