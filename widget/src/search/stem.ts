/**
 * Stemmer per language: Porter for English (./stem-en.ts, the `stemmer`
 * package, 1.4 KB gzip), Snowball for Spanish (./stem-es.ts). Other languages
 * are left as folded words; typo tolerance still applies to them.
 *
 * In Node (build, eval, collector, tests) every stemmer is here at once. The
 * widget's panel is built with ./stem-lazy.ts in this file's place: each
 * language's stemmer is a chunk of its own, loaded with that language's part
 * of the index (`loadStemmers`), so a Spanish page never downloads English's.
 */
import { stem as stemEn } from './stem-en.ts';
import { stemEs } from './stem-es.ts';
import { identity, memoize, type Stemmer } from './stem-memo.ts';

export type { Stemmer };

const STEMMERS: Record<string, Stemmer> = { es: memoize(stemEs), en: memoize(stemEn) };

export function stemmerFor(locale: string): Stemmer {
  return STEMMERS[locale.slice(0, 2)] ?? identity;
}

/** Every stemmer is already loaded in Node; the widget's ./stem-lazy.ts loads them on demand. */
export async function loadStemmers(_locales: string[]): Promise<void> {}
