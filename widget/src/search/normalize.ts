/**
 * Text normalisation shared by index build and query time: case folding,
 * accent folding ("teléfono" → "telefono", "ñ" → "n", as customers type on
 * phones), apostrophes dropped ("don't" → "dont"), then word tokens.
 */

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’`´]/g;
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Lower-case and strip diacritics. */
export function fold(text: string): string {
  // Apostrophes go first: NFKD turns the acute-accent key (´), often typed as one, into a space.
  return text.replace(APOSTROPHES, '').normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Folded word tokens, in order. */
export function tokenize(text: string): string[] {
  return fold(text).match(TOKEN) ?? [];
}
