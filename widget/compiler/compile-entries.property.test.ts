/** Any text, in any format: no crash, and every error points at a line of the file. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEntries } from './compile-entries.ts';
import { readCsvFile } from './read-csv-file.ts';
import { readJsonFile } from './read-json-file.ts';
import { readMarkdownEntry } from './read-markdown-entry.ts';
import { readMarkdownFile } from './read-markdown-file.ts';

const pieces = fc.constantFrom(
  '#', '## ', ' ', '\n', '\n', '-', ':', ': ', 'id', 'tags', 'related', 'alternates', 'locale', 'question',
  'answer', '"', '[', ']', '{', '}', ',', '|', 'a', 'é', '---', '```', '<script>', '>', '=',
);
const text = fc.array(pieces, { maxLength: 80 }).map((a) => a.join(''));

describe.each([
  ['Markdown file', readMarkdownFile],
  ['Markdown entry', readMarkdownEntry],
  ['JSON', readJsonFile],
  ['CSV', readCsvFile],
] as const)('%s reader on arbitrary text', (_, read) => {
  it('never throws and locates every error inside the file', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { errors } = compileEntries([read(t, 'f')]);
        const lastLine = t.split('\n').length;
        for (const e of errors) {
          expect(e.file).toBe('f');
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lastLine);
          expect(e.message).not.toBe('');
        }
      }),
      { numRuns: 400 },
    );
  });
});
