import { describe, expect, it } from 'vitest';
import { readCsvFile } from './read-csv-file.ts';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('readCsvFile', () => {
  it('reads rows with their starting line, even after multi-line cells', () => {
    const text = lines(
      'id,question,answer,alternates,tags,locale',
      'a,Q1,"línea 1',
      'línea 2",x|y,t1|t2,es',
      '',
      ',Q2,A2,,,',
    );
    const result = readCsvFile(text, 'faq.csv');
    expect(result.errors).toEqual([]);
    expect(result.entries).toEqual([
      {
        file: 'faq.csv',
        line: 2,
        fields: {
          id: { value: 'a', line: 2 },
          question: { value: 'Q1', line: 2 },
          answer: { value: 'línea 1\nlínea 2', line: 2 },
          alternates: { value: ['x', 'y'], line: 2 },
          tags: { value: ['t1', 't2'], line: 2 },
          locale: { value: 'es', line: 2 },
        },
      },
      // Empty optional cells are "not given"; question and answer are always kept.
      { file: 'faq.csv', line: 5, fields: { question: { value: 'Q2', line: 5 }, answer: { value: 'A2', line: 5 } } },
    ]);
  });

  it('reports unknown header columns as unknown fields on line 1', () => {
    const { errors } = readCsvFile(lines('question,answer,Priority', 'Q,A,alta'), 'f.csv');
    expect(errors.map((e) => [e.line, e.field])).toEqual([[1, 'Priority']]);
    expect(errors[0]!.message).toMatch(/^unknown field "Priority" in the CSV header/);
  });

  it('reports a header without a question or answer column', () => {
    const { errors } = readCsvFile(lines('id,question', 'a,Q'), 'f.csv');
    expect(errors).toEqual([{ file: 'f.csv', line: 1, field: 'answer', message: 'the header has no "answer" column' }]);
  });

  it('reports every row with the wrong number of cells and keeps reading the good ones', () => {
    const text = lines('question,answer', 'Q1,A1', 'Q2', 'Q3,A3', '', 'Q4,A4,extra', 'Q5,A5');
    const result = readCsvFile(text, 'f.csv');
    expect(result.errors).toEqual([
      { file: 'f.csv', line: 3, field: '', message: 'invalid CSV: Invalid Record Length: expect 2, got 1 on line 3' },
      { file: 'f.csv', line: 6, field: '', message: 'invalid CSV: Invalid Record Length: expect 2, got 3 on line 6' },
    ]);
    expect(result.entries.map((e) => e.fields.question?.value)).toEqual(['Q1', 'Q3', 'Q5']);
  });

  it('reports a bad quote on its line, without the echo csv-parse adds at the end', () => {
    const result = readCsvFile(lines('question,answer', 'Q1,A1', 'Q2,"bad"quote', 'Q3,A3'), 'f.csv');
    expect(result.errors.map((e) => [e.line, e.field])).toEqual([[3, '']]);
    expect(result.errors[0]!.message).toMatch(/^invalid CSV: Invalid Closing Quote/);
  });
});
