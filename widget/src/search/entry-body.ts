/**
 * The searchable text of an entry besides its phrasings: the answer (tags
 * stripped from the sanitized HTML, the few entities the sanitizer writes
 * decoded) and the tags. Read at build time only: the index carries the
 * terms and words ranking needs of it (LocaleIndex.body, words), so the
 * answers themselves can ship apart.
 */
import type { IndexedEntry } from './index-format.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

export function entryBody(entry: Pick<IndexedEntry, 'answerHtml' | 'tags'>): string {
  const text = (entry.answerHtml ?? '').replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => ENTITIES[e]!);
  return `${text} ${entry.tags.join(' ')}`;
}
