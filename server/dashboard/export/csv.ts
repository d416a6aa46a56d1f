/**
 * CSV for spreadsheets, safe to open: every cell that a spreadsheet would
 * read as a formula is prefixed with a single quote, then csv-stringify
 * quotes what needs quoting. A formula is = + - @ at the start, or after
 * leading blank or invisible characters (spaces, NBSP, tabs, CR/LF, a BOM,
 * zero-width spaces and joiners, direction marks, soft hyphens), which some
 * spreadsheets skip and no one sees; a tab or carriage return at the start
 * is prefixed too, as OWASP lists them. A UTF-8 byte order mark lets Excel read
 * accents right.
 */
import { stringify } from 'csv-stringify/sync';

/** Blank (\s: spaces, NBSP, tabs, CR/LF, BOM, U+2000–U+200A, U+3000 …) and invisible characters. */
const LEADING_BLANKS = /^[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F]*/u;
const FORMULA_START = /^[=+\-@]/;
const CONTROL_START = /^[\t\r]/;

/** Whether a spreadsheet could read `text` as a formula. */
export function looksLikeFormula(text: string): boolean {
  return CONTROL_START.test(text) || FORMULA_START.test(text.replace(LEADING_BLANKS, ''));
}

/** The cell as text, neutralised if a spreadsheet could run it. */
export function safeCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return looksLikeFormula(text) ? `'${text}` : text;
}

/**
 * @example
 * toCsv(['query'], [['=HYPERLINK("http://x")']]) // '\uFEFFquery\r\n"\'=HYPERLINK(""http://x"")"\r\n'
 */
export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + stringify([header, ...rows.map((r) => r.map(safeCell))], { record_delimiter: 'windows', quoted_match: /[\s,"';]/ });
}
