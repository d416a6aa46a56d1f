import { describe, expect, it } from 'vitest';
import { readMarkdownEntry } from './read-markdown-entry.ts';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('readMarkdownEntry (one file = one entry)', () => {
  it('takes the question from the first "# " heading and the rest as answer', () => {
    const text = lines('---', 'id: x', 'tags: [a, b]', '---', '', '# ¿Pregunta?', '', 'Respuesta **1**.', '', '# Sub', 'más');
    const result = readMarkdownEntry(text, 'faq/x.md');
    expect(result.errors).toEqual([]);
    expect(result.entries).toEqual([
      {
        file: 'faq/x.md',
        line: 6,
        fields: {
          id: { value: 'x', line: 2 },
          tags: { value: ['a', 'b'], line: 3 },
          question: { value: '¿Pregunta?', line: 6 },
          answer: { value: 'Respuesta **1**.\n\n# Sub\nmás', line: 8 },
        },
      },
    ]);
  });

  it('prefers front matter "question" and keeps the whole body as answer', () => {
    const text = lines('---', 'question: ¿Q?', '---', '# Título del cuerpo', 'Texto.');
    const [entry] = readMarkdownEntry(text, 'q.md').entries;
    expect(entry!.fields.question).toEqual({ value: '¿Q?', line: 2 });
    expect(entry!.fields.answer).toEqual({ value: '# Título del cuerpo\nTexto.', line: 4 });
  });

  it('works without front matter', () => {
    const [entry] = readMarkdownEntry(lines('# Q', 'A.'), 'q.md').entries;
    expect(entry!.fields).toEqual({ question: { value: 'Q', line: 1 }, answer: { value: 'A.', line: 2 } });
  });

  it('reports unknown front matter fields on their line', () => {
    const { errors } = readMarkdownEntry(lines('---', 'id: x', 'answer: no aquí', '---', '# Q', 'A.'), 'q.md');
    expect(errors.map((e) => [e.file, e.line, e.field])).toEqual([['q.md', 3, 'answer']]);
  });

  it('leaves a question-less file with a hint for the missing question', () => {
    const [entry] = readMarkdownEntry(lines('Solo texto.'), 'q.md').entries;
    expect(entry!.fields.question).toMatchObject({ value: undefined, line: 1 });
    expect(entry!.fields.question!.hint).toMatch(/question:/);
  });
});
