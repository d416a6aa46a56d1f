/**
 * CompiledFaq → DIR/faq-index.json through the search engine's
 * buildSearchIndex. Deterministic: the same FAQ gives the same bytes.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CompiledFaq } from '../src/faq/types.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import type { FaqIndex } from '../src/search/index-format.ts';
import { CHUNK_BYTES, splitAnswers } from './answer-chunks.ts';

export const INDEX_FILE_NAME = 'faq-index.json';

export interface WrittenIndex {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export function serializeIndex(faq: CompiledFaq): Buffer {
  return serialize(buildSearchIndex(faq));
}

const serialize = (index: FaqIndex): Buffer => Buffer.from(`${JSON.stringify(index)}\n`, 'utf8');

/**
 * The index in one part per locale, each with its own entries and every
 * locale's LanguageInfo: the widget downloads the page's language first and
 * another only when a query is written in it.
 */
export function splitByLocale(index: FaqIndex): FaqIndex[] {
  return index.locales.map((li) => ({
    ...index,
    entries: li.entries.map((p) => index.entries[p]!),
    locales: [{ ...li, entries: li.entries.map((_, i) => i) }],
  }));
}

/** One locale's part of the index as the widget loads it, and the chunks of its answers (./answer-chunks.ts). */
export interface SerializedPart {
  locale: string;
  bytes: Buffer;
  chunks: { name: string; bytes: Buffer }[];
}

/** The index's parts, one per locale, each without its answers, which come in chunks beside it. */
export function serializeParts(faq: CompiledFaq, chunkBytes = CHUNK_BYTES): SerializedPart[] {
  return splitByLocale(buildSearchIndex(faq)).map((whole) => {
    const { part, chunks } = splitAnswers(whole, chunkBytes);
    return { locale: part.locales[0]!.locale, bytes: serialize(part), chunks };
  });
}

/** Write `outDir/faq-index.json` (creating outDir), atomically via a temporary file. */
export async function writeFaqIndex(faq: CompiledFaq, outDir: string): Promise<WrittenIndex> {
  const data = serializeIndex(faq);
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, INDEX_FILE_NAME);
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
  return { path, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
}
