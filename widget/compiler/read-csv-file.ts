/**
 * CSV FAQ: header id,question,answer,alternates,tags,locale[,related,pages,context]; list
 * cells separated by "|". Parsed with csv-parse, keeping each row's line.
 */
import { type CsvError, parse } from 'csv-parse/sync';
import { type EntryField, type RawEntry, type SourceResult, faqError, isEntryField, unknownField } from './raw-entry.ts';

export const CSV_COLUMNS = ['id', 'question', 'answer', 'alternates', 'tags', 'locale', 'related', 'pages', 'context'] as const;
const LIST_COLUMNS = new Set<string>(['alternates', 'tags', 'related', 'pages', 'context']);

interface Row {
  record: string[];
  raw: string;
  info: { lines: number };
}

export function readCsvFile(text: string, file: string): SourceResult {
  const result: SourceResult = { file, entries: [], errors: [] };
  const rows = parse(text, {
    info: true,
    raw: true,
    bom: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      // After a bad quote csv-parse reads on as if inside quotes, then reports
      // "Quote Not Closed" at the end: an echo of the first error.
      const echo = err?.code === 'CSV_QUOTE_NOT_CLOSED' && result.errors.length > 0;
      if (err && !echo) result.errors.push(faqError(file, Number(err.lines) || 1, '', `invalid CSV: ${err.message}`));
      return undefined;
    },
  }) as unknown as Row[];

  const header = rows[0];
  if (!header) {
    if (result.errors.length === 0) result.errors.push(faqError(file, 1, '', 'empty CSV file'));
    return result;
  }
  const headerLine = startLine(header);
  const columns: (EntryField | undefined)[] = [];
  for (const cell of header.record) {
    const name = cell.trim().toLowerCase();
    if (!isEntryField(name)) {
      result.errors.push(unknownField(file, headerLine, cell.trim(), CSV_COLUMNS, 'CSV header'));
      columns.push(undefined);
    } else if (columns.includes(name)) {
      result.errors.push(faqError(file, headerLine, name, `column "${name}" appears twice in the header`));
      columns.push(undefined);
    } else {
      columns.push(name);
    }
  }
  const missing = (['question', 'answer'] as const).filter((c) => !columns.includes(c));
  for (const name of missing) {
    result.errors.push(faqError(file, headerLine, name, `the header has no "${name}" column`));
  }
  if (missing.length > 0) return result;

  for (const row of rows.slice(1)) {
    const line = startLine(row);
    const entry: RawEntry = { file, line, fields: {} };
    row.record.forEach((cell, i) => {
      const name = columns[i];
      if (!name) return;
      const value = LIST_COLUMNS.has(name) ? cell.split('|') : cell;
      // Empty optional cells mean "not given" (derived id, default locale).
      if (cell.trim() === '' && name !== 'question' && name !== 'answer') return;
      entry.fields[name] = { value, line };
    });
    result.entries.push(entry);
  }
  if (rows.length === 1 && result.errors.length === 0) {
    result.errors.push(faqError(file, headerLine, '', 'no entries: the CSV has only a header'));
  }
  return result;
}

/**
 * csv-parse reports the line where a record ends; count back over its line
 * breaks. Its raw text also holds the skipped empty lines before it.
 */
function startLine(row: Row): number {
  const body = row.raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  return row.info.lines - (body.match(/\n/g)?.length ?? 0);
}
