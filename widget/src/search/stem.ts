/**
 * Stemmer per language: Porter for English (the `stemmer` package, 1.4 KB
 * gzip), Snowball for Spanish (./stem-es.ts). Other languages are left as
 * folded words; typo tolerance still applies to them.
 */
import { stemmer as stemEn } from 'stemmer';
import { stemEs } from './stem-es.ts';

export type Stemmer = (word: string) => string;

const identity: Stemmer = (w) => w;

export function stemmerFor(locale: string): Stemmer {
  switch (locale.slice(0, 2)) {
    case 'es':
      return stemEs;
    case 'en':
      return stemEn;
    default:
      return identity;
  }
}
