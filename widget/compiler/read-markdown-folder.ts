/**
 * A folder of Markdown files, one entry each: every *.md below it
 * (recursively, hidden files and folders skipped), sorted by path.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type SourceResult, faqError } from './raw-entry.ts';
import { readMarkdownEntry } from './read-markdown-entry.ts';
import { readTextFile, systemMessage } from './read-text-file.ts';

/** `fsDir` is what is listed; `dir` is the folder as the user wrote it, for messages. */
export async function readMarkdownFolder(fsDir: string, dir: string): Promise<SourceResult[]> {
  let files: string[];
  try {
    files = await listMarkdown(fsDir, '');
  } catch (err) {
    return [{ file: dir, entries: [], errors: [faqError(dir, 0, '', `cannot read folder: ${systemMessage(err)}`)] }];
  }
  if (files.length === 0) {
    return [{ file: dir, entries: [], errors: [faqError(dir, 0, '', 'no .md files in this folder')] }];
  }
  const results: SourceResult[] = [];
  for (const rel of files) {
    const file = `${dir.replace(/[\\/]+$/, "")}/${rel}`;
    const read = await readTextFile(join(fsDir, rel), file);
    results.push(read.ok ? readMarkdownEntry(read.text, file) : { file, entries: [], errors: [read.error] });
  }
  return results;
}

/** Relative paths ("a/b.md") of the Markdown files under `root`, sorted by code unit. */
async function listMarkdown(root: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  const dirents = await readdir(join(root, prefix), { withFileTypes: true });
  for (const d of dirents) {
    if (d.name.startsWith('.')) continue;
    const rel = prefix === '' ? d.name : `${prefix}/${d.name}`;
    if (d.isDirectory()) out.push(...(await listMarkdown(root, rel)));
    else if (d.isFile() && /\.md$/i.test(d.name)) out.push(rel);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
