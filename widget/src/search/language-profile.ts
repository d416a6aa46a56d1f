/**
 * Which of the FAQ's languages a query is written in, from letters alone: a
 * character-trigram model of each locale's own FAQ text (questions,
 * alternates, answers), so it needs no outside data and works for any
 * language the FAQ is written in. It reads typos and words the FAQ never uses
 * ("fatcura disparada", "llevo paragus manana") as well as known ones.
 *
 * Shipped compact: trigrams are hashed into BUCKETS counts, whose smoothed
 * log-probabilities are quantised to 16 levels, one letter each (2,048
 * letters, about 1 KB gzip a locale; only FAQs with two or more locales
 * carry them).
 */
import { fold } from './normalize.ts';

const BUCKETS = 2048;
const LEVELS = 16;

/** Hashed trigrams of the words, each padded with spaces (" la", "la "). */
export function trigramBuckets(text: string): number[] {
  const out: number[] = [];
  for (const w of fold(text).match(/\p{L}+/gu) ?? []) {
    const x = ` ${w} `;
    for (let i = 0; i + 3 <= x.length; i++) {
      let h = 2166136261;
      for (let j = i; j < i + 3; j++) h = Math.imul(h ^ x.charCodeAt(j), 16777619);
      out.push((h >>> 0) % BUCKETS);
    }
  }
  return out;
}

/** Build time: the locale's texts → "min max levels", a letter (a–p) per bucket for its quantised log-probability. */
export function buildLanguageProfile(texts: string[]): string {
  const counts = new Float64Array(BUCKETS);
  let total = 0;
  for (const t of texts) for (const b of trigramBuckets(t)) { counts[b]!++; total++; }
  const logp = Array.from(counts, (c) => Math.log((c + 0.5) / (total + 0.5 * BUCKETS)));
  const min = Math.min(...logp);
  const max = Math.max(...logp);
  const levels = logp.map((v) => String.fromCharCode(97 + (max > min ? Math.round(((v - min) / (max - min)) * (LEVELS - 1)) : 0)));
  return `${round(min)} ${round(max)} ${levels.join('')}`;
}

export type LanguageProfile = Float32Array;

export function readLanguageProfile(shipped: string): LanguageProfile {
  const [min, max, levels = ''] = shipped.split(' ');
  const step = (Number(max) - Number(min)) / (LEVELS - 1);
  return Float32Array.from({ length: BUCKETS }, (_, i) => Number(min) + (levels.charCodeAt(i) - 97) * step);
}

/**
 * The probability that `text` is in each language, in the profiles' order
 * (equal shares when it has no letters).
 */
export function languageShares(text: string, profiles: LanguageProfile[]): number[] {
  const grams = trigramBuckets(text);
  const ll = profiles.map((p) => grams.reduce((s, b) => s + p[b]!, 0));
  const top = Math.max(...ll);
  const e = ll.map((x) => Math.exp(x - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
