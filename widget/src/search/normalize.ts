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

const WRITTEN = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Word tokens as `tokenize` gives them (`word`), each with its lower-case
 * written form (`written`, accents kept): Spanish stemming reads the written
 * accent ("mándalo" is "manda" + "lo"; "modelo" is one word).
 */
export function tokenizeWritten(text: string): { word: string; written: string }[] {
  const out: { word: string; written: string }[] = [];
  for (const written of text.replace(APOSTROPHES, '').normalize('NFC').toLowerCase().match(WRITTEN) ?? []) {
    const words = tokenize(written);
    if (words.length === 1) out.push({ word: words[0]!, written });
    else for (const word of words) out.push({ word, written: word });
  }
  return out;
}
