/**
 * CompiledFaq → DIR/faq-index.json through the search engine's
 * buildSearchIndex. Deterministic: the same FAQ gives the same bytes.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CompiledFaq } from '../src/faq/types.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';

export const INDEX_FILE_NAME = 'faq-index.json';

export interface WrittenIndex {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export function serializeIndex(faq: CompiledFaq): Buffer {
  return Buffer.from(`${JSON.stringify(buildSearchIndex(faq))}\n`, 'utf8');
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
