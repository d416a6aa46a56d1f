/**
 * One Markdown file = one entry (the folder format): front matter with id,
 * question, alternates, tags, locale, related; the question is front matter
 * `question` or else the first "# " heading; the rest of the body is the answer.
 */
import { findHeadings } from './find-headings.ts';
import { type EntryField, type RawEntry, type SourceResult, unknownField } from './raw-entry.ts';
import { readFrontMatter } from './read-front-matter.ts';

export const ENTRY_FILE_KEYS = ['id', 'question', 'alternates', 'tags', 'locale', 'related', 'pages', 'context'] as const;

export function readMarkdownEntry(text: string, file: string): SourceResult {
  const result: SourceResult = { file, entries: [], errors: [] };
  const fm = readFrontMatter(text, file);
  if (fm.error) result.errors.push(fm.error);
  const entry: RawEntry = { file, line: 1, fields: {} };
  for (const [key, value] of Object.entries(fm.data)) {
    const line = fm.keyLines.get(key) ?? 1;
    if ((ENTRY_FILE_KEYS as readonly string[]).includes(key)) entry.fields[key as EntryField] = { value, line };
    else result.errors.push(unknownField(file, line, key, ENTRY_FILE_KEYS, 'front matter'));
  }

  let lines = fm.body.split('\n');
  let firstLine = fm.bodyLine;
  if (entry.fields.question === undefined) {
    const title = findHeadings(fm.body).find((h) => h.level === 1);
    if (title) {
      entry.fields.question = { value: title.text, line: fm.bodyLine + title.start };
      entry.line = fm.bodyLine + title.start;
      if (title.start === 0 || lines.slice(0, title.start).every((l) => l.trim() === '')) {
        firstLine = fm.bodyLine + title.end;
        lines = lines.slice(title.end);
      } else {
        // Text before the heading stays part of the answer.
        lines = [...lines.slice(0, title.start), ...lines.slice(title.end)];
      }
    } else {
      entry.fields.question = {
        value: undefined,
        line: fm.bodyLine,
        hint: 'add "question:" to the front matter or a "# " heading',
      };
    }
  }
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  let last = lines.length;
  while (last > first && lines[last - 1]!.trim() === '') last--;
  if (last > first) entry.fields.answer = { value: lines.slice(first, last).join('\n'), line: firstLine + first };
  result.entries.push(entry);
  return result;
}
