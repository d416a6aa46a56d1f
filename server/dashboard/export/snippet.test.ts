import { describe, expect, it } from 'vitest';
import { readMarkdownFile } from '../../../widget/compiler/read-markdown-file.ts';
import { compileEntries } from '../../../widget/compiler/compile-entries.ts';
import { ANSWER_PLACEHOLDER, faqSnippet } from './snippet.ts';
import { safeCell, toCsv } from './csv.ts';

/** The snippet compiled once the lead has written the answer in place of the placeholder. */
function compile(markdown: string, answer = 'The answer, written.') {
  const source = readMarkdownFile(markdown.replace(ANSWER_PLACEHOLDER, answer), 'snippet.md');
  return compileEntries([source], {});
}

describe('faqSnippet', () => {
  it('compiles with the FAQ compiler: question, id, locale and the customers’ phrasings as alternates', () => {
    const md = faqSnippet({ question: '¿Dónde está mi reembolso?', phrasings: ['¿Dónde está mi reembolso?', 'reembolso no llega', 'cuando me devuelven el dinero'], lang: 'es' });
    const { faq, errors } = compile(md);
    expect(errors).toEqual([]);
    // Unedited, it is refused: the placeholder never ships to customers.
    expect(compile(md, ANSWER_PLACEHOLDER).errors.map((e) => e.field)).toEqual(['answer']);
    expect(faq.entries[0]).toMatchObject({ id: 'donde-esta-mi-reembolso', question: '¿Dónde está mi reembolso?', locale: 'es', alternates: ['reembolso no llega', 'cuando me devuelven el dinero'] });
  });

  it('keeps hostile customer text inert: one line each, no separator, no markup, no YAML tricks', () => {
    const hostile = ['<img src=x onerror=alert(1)> **bold** [link](javascript:alert(1))', 'a | b\nid: evil', '#comment: "quoted" & {x: 1}', "it's *fine*"];
    const md = faqSnippet({ question: hostile[0]!, phrasings: hostile.slice(1), lang: 'en', entryId: 'refund-status' });
    expect(md.split('\n').filter((l) => l.startsWith('id:'))).toEqual(['id: refund-status']);
    const { faq, errors } = compile(md);
    expect(errors).toEqual([]);
    const entry = faq.entries[0]!;
    expect(entry.id).toBe('refund-status');
    expect(entry.question).toBe('<img src=x onerror=alert(1)> **bold** [link](javascript:alert(1))');
    expect(entry.alternates).toEqual(['a b id: evil', '#comment: "quoted" & {x: 1}', "it's *fine*"]);
  });
});

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(safeCell(cell)).toBe(`'${cell}`);
    expect(safeCell('hola = adiós')).toBe('hola = adiós');
    expect(safeCell(3)).toBe('3');
    const csv = toCsv(['q', 'n'], [['=HYPERLINK("http://evil")', 2]]);
    expect(csv).toBe('\uFEFFq,n\r\n"\'=HYPERLINK(""http://evil"")",2\r\n');
  });
});
