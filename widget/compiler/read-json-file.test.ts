import { describe, expect, it } from 'vitest';
import { readJsonFile } from './read-json-file.ts';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('readJsonFile', () => {
  it('reads an array of entries with the line of each entry and field', () => {
    const text = lines(
      '[',
      '  {',
      '    "id": "a",',
      '    "question": "Q?",',
      '    "answer": "A.",',
      '    "tags": ["x", "y"]',
      '  },',
      '  { "question": "Q2?", "answer": "A2." }',
      ']',
    );
    const result = readJsonFile(text, 'faq.json');
    expect(result.errors).toEqual([]);
    expect(result.entries).toEqual([
      {
        file: 'faq.json',
        line: 2,
        fields: {
          id: { value: 'a', line: 3 },
          question: { value: 'Q?', line: 4 },
          answer: { value: 'A.', line: 5 },
          tags: { value: ['x', 'y'], line: 6 },
        },
      },
      {
        file: 'faq.json',
        line: 8,
        fields: { question: { value: 'Q2?', line: 8 }, answer: { value: 'A2.', line: 8 } },
      },
    ]);
  });

  it('reads the object form with locale and synonyms', () => {
    const text = lines('{', '  "locale": "en",', '  "synonyms": [', '    "a = b",', '    ["c"]', '  ],', '  "entries": []', '}');
    const result = readJsonFile(text, 'f.json');
    expect(result.locale).toEqual({ value: 'en', line: 2 });
    expect(result.synonyms).toEqual({ value: ['a = b', ['c']], line: 3, itemLines: [4, 5] });
    expect(result.errors).toEqual([{ file: 'f.json', line: 7, field: '', message: 'the list of entries is empty' }]);
  });

  it('reports unknown and repeated fields on their own line', () => {
    const text = lines('[{', '  "question": "Q",', '  "answer": "A",', '  "colour": "red",', '  "answer": "B"', '}]');
    expect(readJsonFile(text, 'f.json').errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [4, 'colour', 'unknown field "colour" in the entry (known fields: id, question, answer, alternates, tags, locale, related, pages, context)'],
      [5, 'answer', '"answer" is given twice in this entry (first on line 3)'],
    ]);
  });

  it('reports malformed JSON with the line where it breaks', () => {
    const missingComma = lines('[', '  {"question": "Q", "answer": "A"}', '  {"question": "R", "answer": "B"}', ']');
    expect(readJsonFile(missingComma, 'f.json').errors).toEqual([
      { file: 'f.json', line: 3, field: '', message: 'invalid JSON: expected "," (missing comma before this line?)' },
    ]);
    const trailing = lines('[', '  {"question": "Q", "answer": "A",}', ']');
    expect(readJsonFile(trailing, 'f.json').errors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^invalid JSON/) });
    const unterminated = lines('[', '  {"question": "Q', '  "answer": "A"}', ']');
    expect(readJsonFile(unterminated, 'f.json').errors[0]).toMatchObject({ line: 2, field: '' });
  });

  it('rejects entries that are not objects and top-level values that are neither list nor object', () => {
    expect(readJsonFile(lines('[', '  "just text"', ']'), 'f.json').errors[0]).toMatchObject({ line: 2 });
    expect(readJsonFile('42', 'f.json').errors[0]).toMatchObject({ line: 1 });
    expect(readJsonFile(lines('{', '  "entrys": []', '}'), 'f.json').errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'entrys'],
      [1, 'entries'],
    ]);
  });
});
