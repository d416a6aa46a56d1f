/**
 * One Markdown file holding the whole FAQ: optional front matter (locale,
 * synonyms), an ignored "# title", then one "## question" per entry with an
 * optional metadata block right under it and the answer as its body.
 */
import type { FaqError } from '../src/faq/types.ts';
import { findHeadings } from './find-headings.ts';
import { isPlainObject, parseYaml, topLevelKeyLines } from './parse-yaml.ts';
import { type EntryField, type RawEntry, type SourceResult, faqError, unknownField } from './raw-entry.ts';
import { readFrontMatter } from './read-front-matter.ts';

export const METADATA_KEYS = ['id', 'alternates', 'tags', 'locale', 'related', 'pages', 'context'] as const;
const METADATA_START = new RegExp(`^(${METADATA_KEYS.join('|')})\\s*:`);
const FILE_KEYS = ['locale', 'synonyms'];

export function readMarkdownFile(text: string, file: string): SourceResult {
  const result: SourceResult = { file, entries: [], errors: [] };
  const fm = readFrontMatter(text, file);
  if (fm.error) result.errors.push(fm.error);
  for (const [key, value] of Object.entries(fm.data)) {
    const line = fm.keyLines.get(key) ?? 1;
    if (key === 'locale') result.locale = { value, line };
    else if (key === 'synonyms') result.synonyms = { value, line };
    else result.errors.push(unknownField(file, line, key, FILE_KEYS, 'front matter'));
  }

  const lines = fm.body.split('\n');
  const at = (index: number) => fm.bodyLine + index; // 0-based body line → file line
  const questions = findHeadings(fm.body).filter((h) => h.level === 2);
  questions.forEach((heading, k) => {
    const sectionEnd = questions[k + 1]?.start ?? lines.length;
    const entry: RawEntry = {
      file,
      line: at(heading.start),
      fields: { question: { value: heading.text, line: at(heading.start) } },
    };
    let cursor = heading.end;
    if (cursor < sectionEnd && METADATA_START.test(lines[cursor]!)) {
      let blockEnd = cursor;
      while (blockEnd < sectionEnd && lines[blockEnd]!.trim() !== '') blockEnd++;
      readMetadata(lines.slice(cursor, blockEnd).join('\n'), at(cursor), entry, result.errors);
      cursor = blockEnd;
    }
    while (cursor < sectionEnd && lines[cursor]!.trim() === '') cursor++;
    let last = sectionEnd;
    while (last > cursor && lines[last - 1]!.trim() === '') last--;
    if (last > cursor) entry.fields.answer = { value: lines.slice(cursor, last).join('\n'), line: at(cursor) };
    result.entries.push(entry);
  });

  if (questions.length === 0 && !fm.error) {
    result.errors.push(faqError(file, fm.bodyLine, '', 'no questions found: write each question as a "## " heading'));
  }
  return result;
}

/** Parse a metadata block (YAML) starting on file line `firstLine` into `entry`. */
function readMetadata(block: string, firstLine: number, entry: RawEntry, errors: FaqError[]): void {
  const parsed = parseYaml(block, entry.file, firstLine);
  const keyLines = topLevelKeyLines(block, firstLine);
  let values: Record<string, unknown>;
  if (!parsed.ok) {
    errors.push(parsed.error);
    // Keep the keys that do parse on their own (the id above all), so one
    // typo does not also bring "duplicate id" or "unknown related id" errors.
    values = salvage(block, firstLine, keyLines);
  } else if (!isPlainObject(parsed.value)) {
    errors.push(faqError(entry.file, firstLine, '', 'the metadata block must be "key: value" lines'));
    return;
  } else {
    values = parsed.value;
  }
  for (const [key, value] of Object.entries(values)) {
    const line = keyLines.get(key) ?? firstLine;
    if ((METADATA_KEYS as readonly string[]).includes(key)) {
      entry.fields[key as EntryField] = { value, line };
    } else {
      errors.push(unknownField(entry.file, line, key, METADATA_KEYS, 'metadata block'));
    }
  }
}

/** Parse each top-level key's lines separately, keeping what is valid. */
function salvage(block: string, firstLine: number, keyLines: Map<string, number>): Record<string, unknown> {
  const lines = block.split('\n');
  const starts = [...keyLines.values()].map((l) => l - firstLine).sort((a, b) => a - b);
  const values: Record<string, unknown> = {};
  starts.forEach((start, i) => {
    const parsed = parseYaml(lines.slice(start, starts[i + 1]).join('\n'), '', 0);
    if (parsed.ok && isPlainObject(parsed.value)) Object.assign(values, parsed.value);
  });
  return values;
}
