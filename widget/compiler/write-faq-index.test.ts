import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileFaq } from './index.ts';
import { INDEX_FILE_NAME, writeFaqIndex } from './write-faq-index.ts';

const FIXTURES = resolve(import.meta.dirname, '__fixtures__');
const ALL = ['faq-array.json', 'faq.csv', 'faq-object.json'].map((f) => join(FIXTURES, f));

async function buildTo(dir: string): Promise<Buffer> {
  const { faq, errors } = await compileFaq(ALL);
  expect(errors).toEqual([]);
  const written = await writeFaqIndex(faq, dir);
  expect(written.path).toBe(join(dir, INDEX_FILE_NAME));
  return readFile(written.path);
}

describe('writeFaqIndex', () => {
  it('is deterministic: two builds give byte-identical files', async () => {
    const base = await mkdtemp(join(tmpdir(), 'ayuda-index-'));
    const first = await buildTo(join(base, 'one'));
    const second = await buildTo(join(base, 'two', 'nested')); // creates missing folders
    expect(first.length).toBeGreaterThan(0);
    expect(first.equals(second)).toBe(true);
  });

  it('writes the search index of the compiled entries and reports its sizes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ayuda-index-'));
    const { faq } = await compileFaq(ALL);
    const written = await writeFaqIndex(faq, dir);
    const bytes = await readFile(written.path);
    expect(written.bytes).toBe((await stat(written.path)).size);
    expect(written.gzipBytes).toBe(gzipSync(bytes, { level: 9 }).length);
    expect(gunzipSync(gzipSync(bytes)).equals(bytes)).toBe(true);
    const index = JSON.parse(bytes.toString('utf8')) as { version: number };
    expect(typeof index.version).toBe('number');
    // Whatever shape the engine gives the index, every entry id is in it.
    for (const entry of faq.entries) expect(bytes.toString('utf8')).toContain(`"${entry.id}"`);
  });
});
