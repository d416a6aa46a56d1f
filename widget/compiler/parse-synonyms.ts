/**
 * Site synonyms: a list whose items are either "reembolso = devolución = reintegro"
 * or a list of words (["reembolso", "devolución", "reintegro"]).
 */
import type { SynonymGroup } from '../src/faq/types.ts';
import { describe } from './split-list.ts';

export interface SynonymProblem {
  /** Index of the offending item in the list, or -1 for the value as a whole. */
  index: number;
  message: string;
}

export interface ParsedSynonyms {
  groups: SynonymGroup[];
  problems: SynonymProblem[];
}

export function parseSynonyms(value: unknown): ParsedSynonyms {
  const groups: SynonymGroup[] = [];
  const problems: SynonymProblem[] = [];
  if (value === undefined || value === null) return { groups, problems };
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items)) {
    problems.push({ index: -1, message: `must be a list of synonym groups, found ${describe(value)}` });
    return { groups, problems };
  }
  items.forEach((item: unknown, index) => {
    let words: unknown[];
    if (typeof item === 'string') words = item.split('=');
    else if (Array.isArray(item)) words = item;
    else {
      problems.push({ index, message: `a synonym group must be "a = b" or a list, found ${describe(item)}` });
      return;
    }
    if (words.some((w) => typeof w !== 'string')) {
      problems.push({ index, message: 'a synonym group must contain only texts' });
      return;
    }
    const group: string[] = [];
    for (const w of words as string[]) {
      const word = w.normalize('NFC').trim().replace(/\s+/g, ' ');
      if (word !== '' && !group.includes(word)) group.push(word);
    }
    if (group.length < 2) {
      problems.push({ index, message: `a synonym group needs at least two different words: "${group.join(' = ')}"` });
      return;
    }
    groups.push(group);
  });
  return { groups, problems };
}
