/** Paths from the command line → SourceResults, format chosen by extension or folder. */
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { type SourceResult, faqError } from './raw-entry.ts';
import { readCsvFile } from './read-csv-file.ts';
import { readJsonFile } from './read-json-file.ts';
import { readMarkdownFile } from './read-markdown-file.ts';
import { readMarkdownFolder } from './read-markdown-folder.ts';
import { readTextFile, systemMessage } from './read-text-file.ts';

const READERS: Record<string, (text: string, file: string) => SourceResult> = {
  '.md': readMarkdownFile,
  '.markdown': readMarkdownFile,
  '.json': readJsonFile,
  '.csv': readCsvFile,
};

/** Read every path in order. Paths are shown in messages exactly as given; `cwd` resolves them. */
export async function readSources(paths: string[], cwd = process.cwd()): Promise<SourceResult[]> {
  const results: SourceResult[] = [];
  for (const path of paths) results.push(...(await readSource(path, cwd)));
  return results;
}

async function readSource(path: string, cwd: string): Promise<SourceResult[]> {
  const fsPath = resolve(cwd, path);
  const failed = (message: string): SourceResult[] => [{ file: path, entries: [], errors: [faqError(path, 0, '', message)] }];
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(fsPath)).isDirectory();
  } catch (err) {
    return failed(`cannot read: ${systemMessage(err)}`);
  }
  if (isDirectory) return readMarkdownFolder(fsPath, path);
  const reader = READERS[extname(path).toLowerCase()];
  if (!reader) return failed('unsupported format: expected a .md, .json or .csv file, or a folder of .md files');
  const read = await readTextFile(fsPath, path);
  if (!read.ok) return [{ file: path, entries: [], errors: [read.error] }];
  return [reader(read.text, path)];
}
