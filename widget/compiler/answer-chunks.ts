/**
 * A locale's part of the index without its answers, and the answer chunks
 * that hold them: what the widget ranks with is downloaded whole, an answer
 * only when it is shown (or its result is near the top of the list:
 * panel/answers.ts). Pure (no files); write-faq-index.ts serialises.
 *
 * A chunk holds consecutive entries of the FAQ (neighbours in the FAQ are
 * often found together) up to `chunkBytes` of JSON; an answer longer than
 * that gets a chunk of its own. Each chunk is named by its locale and the
 * hash of its bytes (`faq-answers.es.1a2b3c4d.json`), so it can be cached
 * forever, and the part names each entry's chunk (`IndexedEntry.answers`).
 */
import { createHash } from 'node:crypto';
import type { AnswerChunk, FaqIndex } from '../src/search/index-format.ts';

/**
 * Raw JSON bytes per chunk (about 0.85 KB gzip). Measured on the demo shop
 * with its development questions (tienda-lumen; `npm run bench`): the part
 * and the chunks of the first three results (prefetched) and of the answer
 * read, mean gzip bytes per search: 1 KB chunks 20,416, 2 KB 21,011, 4 KB
 * 22,139, 8 KB 24,080, 16 KB 26,579 (22,599 for the part with every answer
 * in it, before). Below 2 KB the saving is less than the headers of the
 * extra requests, and chunks compress worse.
 */
export const CHUNK_BYTES = 2_000;
/** At most this many chunks per locale (larger chunks for a large FAQ: 10,000 entries are not 6,000 files). */
export const MAX_CHUNKS = 500;

export interface SplitPart {
  /** The part, each entry naming its chunk instead of carrying its answer. */
  part: FaqIndex;
  chunks: { name: string; bytes: Buffer }[];
}

export const chunkJson = (answers: AnswerChunk): Buffer => Buffer.from(`${JSON.stringify(answers)}\n`, 'utf8');

const hash8 = (data: Buffer): string => createHash('sha256').update(data).digest('hex').slice(0, 8);

/** One entry's bytes in a chunk's JSON: "id":"html", (escapes and UTF-8 counted). */
const memberBytes = ({ id, answerHtml = '' }: { id: string; answerHtml?: string }): number => Buffer.byteLength(JSON.stringify(id) + JSON.stringify(answerHtml)) + 2;

/** Consecutive entries' answers, `chunkBytes` of JSON at most per group unless one answer alone is more. */
export function groupAnswers(entries: { id: string; answerHtml?: string }[], chunkBytes = CHUNK_BYTES): AnswerChunk[] {
  const groups: AnswerChunk[] = [];
  // Without a prototype: an entry may be called "__proto__".
  const empty = (): AnswerChunk => Object.create(null) as AnswerChunk;
  let group = empty();
  let size = 2;
  for (const entry of entries) {
    const bytes = memberBytes(entry);
    if (size > 2 && size + bytes > chunkBytes) {
      groups.push(group);
      group = empty();
      size = 2;
    }
    group[entry.id] = entry.answerHtml ?? '';
    size += bytes;
  }
  if (size > 2) groups.push(group);
  return groups;
}

/** One locale's part (splitByLocale) → the part without answers, and its answer chunks. */
export function splitAnswers(part: FaqIndex, chunkBytes = CHUNK_BYTES, maxChunks = MAX_CHUNKS): SplitPart {
  const locale = part.locales[0]!.locale;
  // A chunk closes only when the next answer would not fit: each then holds more than total / maxChunks.
  const sizes = part.entries.map(memberBytes);
  const total = sizes.reduce((a, b) => a + b, 0);
  const named = groupAnswers(part.entries, Math.max(chunkBytes, Math.ceil(total / maxChunks) + Math.max(0, ...sizes))).map((answers) => {
    const bytes = chunkJson(answers);
    return { name: `faq-answers.${locale}.${hash8(bytes)}.json`, bytes, ids: Object.keys(answers) };
  });
  const chunkOf = new Map(named.flatMap((c) => c.ids.map((id) => [id, c.name])));
  const entries = part.entries.map(({ answerHtml: _html, ...entry }) => ({ ...entry, answers: chunkOf.get(entry.id)! }));
  return { part: { ...part, entries }, chunks: named.map(({ name, bytes }) => ({ name, bytes })) };
}
