/**
 * The searchable text of an entry besides its phrasings: the answer (tags
 * stripped from the sanitized HTML, the few entities the sanitizer writes
 * decoded) and the tags. Used at build time for the vocabulary and at load
 * time for each entry's answer terms, so both see the same words.
 */
import type { IndexedEntry } from './index-format.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

export function entryBody(entry: Pick<IndexedEntry, 'answerHtml' | 'tags'>): string {
  const text = entry.answerHtml.replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => ENTITIES[e]!);
  return `${text} ${entry.tags.join(' ')}`;
}
