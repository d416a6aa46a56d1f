/** Character ranges of `text` whose words match one of the query's terms. */
import { fold } from './normalize.ts';

const WORD = /[\p{L}\p{N}'’]+/gu;

export type Range = [start: number, end: number];

export function highlightRanges(text: string, termOf: (word: string) => string, matched: Set<string>): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = termOf(fold(m[0]));
    if (t && matched.has(t)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
