/**
 * CSV for spreadsheets, safe to open: every cell that a spreadsheet would
 * read as a formula (starting with = + - @, a tab or a carriage return, as
 * OWASP lists them) is prefixed with a single quote, then csv-stringify
 * quotes what needs quoting. A UTF-8 byte order mark lets Excel read
 * accents right.
 */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text, neutralised if a spreadsheet could run it. */
export function safeCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * @example
 * toCsv(['query'], [['=HYPERLINK("http://x")']]) // '\uFEFFquery\r\n"\'=HYPERLINK(""http://x"")"\r\n'
 */
export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + stringify([header, ...rows.map((r) => r.map(safeCell))], { record_delimiter: 'windows', quoted_match: /[\s,"';]/ });
}
