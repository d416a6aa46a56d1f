/**
 * Which of the FAQ's languages a query is written in, from letters alone: a
 * character-trigram model of each locale's own FAQ text (questions,
 * alternates, answers), so it needs no outside data and works for any
 * language the FAQ is written in. It reads typos and words the FAQ never uses
 * ("fatcura disparada", "llevo paragus manana") as well as known ones.
 *
 * Shipped compact: trigrams are hashed into BUCKETS counts, whose smoothed
 * log-probabilities are quantised to 16 levels, two to a byte, base64 (1.4 KB
 * a locale; only FAQs with two or more locales carry them).
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

/** Build time: the locale's texts → "min max base64" of quantised log-probabilities. */
export function buildLanguageProfile(texts: string[]): string {
  const counts = new Float64Array(BUCKETS);
  let total = 0;
  for (const t of texts) for (const b of trigramBuckets(t)) { counts[b]!++; total++; }
  const logp = Array.from(counts, (c) => Math.log((c + 0.5) / (total + 0.5 * BUCKETS)));
  const min = Math.min(...logp);
  const max = Math.max(...logp);
  const bytes = new Uint8Array(BUCKETS / 2);
  logp.forEach((v, i) => {
    const q = max > min ? Math.round(((v - min) / (max - min)) * (LEVELS - 1)) : 0;
    bytes[i >> 1]! |= i & 1 ? q << 4 : q;
  });
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `${round(min)} ${round(max)} ${btoa(bin)}`;
}

export type LanguageProfile = Float32Array;

export function readLanguageProfile(shipped: string): LanguageProfile {
  const [min, max, data] = shipped.split(' ');
  const lo = Number(min), step = (Number(max) - lo) / (LEVELS - 1);
  const bin = atob(data ?? '');
  const out = new Float32Array(BUCKETS);
  for (let i = 0; i < BUCKETS; i++) out[i] = lo + (((bin.charCodeAt(i >> 1) >> (i & 1 ? 4 : 0)) & 15) * step);
  return out;
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
