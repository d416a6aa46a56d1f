import { describe, expect, it } from 'vitest';
import { readMarkdownFile } from './read-markdown-file.ts';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('readMarkdownFile', () => {
  it('reads front matter, questions, metadata blocks and answers with their lines', () => {
    const text = lines(
      '---', //                                         1
      'locale: es',
      'synonyms: ["a = b"]',
      '---',
      '# Título', //                                    5
      '',
      '## ¿Cómo devuelvo un *pedido*?',
      'id: devolver-pedido',
      'alternates: quiero devolver algo | devolución',
      'tags: devoluciones, pedidos', //               10
      '',
      'Tienes **30 días**.',
      '',
      '```',
      '## not a question', //                         15
      '```',
      '',
      '## Segunda',
      'Sin metadatos: esta línea es respuesta.',
    );
    const result = readMarkdownFile(text, 'faq.md');
    expect(result.errors).toEqual([]);
    expect(result.locale).toEqual({ value: 'es', line: 2 });
    expect(result.synonyms).toEqual({ value: ['a = b'], line: 3 });
    expect(result.entries).toHaveLength(2);
    const [first, second] = result.entries;
    expect(first).toEqual({
      file: 'faq.md',
      line: 7,
      fields: {
        question: { value: '¿Cómo devuelvo un pedido?', line: 7 },
        id: { value: 'devolver-pedido', line: 8 },
        alternates: { value: 'quiero devolver algo | devolución', line: 9 },
        tags: { value: 'devoluciones, pedidos', line: 10 },
        answer: { value: 'Tienes **30 días**.\n\n```\n## not a question\n```', line: 12 },
      },
    });
    expect(second!.fields.answer).toEqual({ value: 'Sin metadatos: esta línea es respuesta.', line: 19 });
  });

  it('accepts YAML lists in the metadata block', () => {
    const text = lines('## Q', 'alternates:', '  - uno', '  - dos', 'related: [x, y]', '', 'A.');
    const [entry] = readMarkdownFile(text, 'f.md').entries;
    expect(entry!.fields.alternates).toEqual({ value: ['uno', 'dos'], line: 2 });
    expect(entry!.fields.related).toEqual({ value: ['x', 'y'], line: 5 });
    expect(entry!.fields.answer).toEqual({ value: 'A.', line: 7 });
  });

  it('only treats the block as metadata when its first line is a known key', () => {
    const text = lines('## Q', 'Nota: esto es la respuesta.', 'id: tampoco');
    const [entry] = readMarkdownFile(text, 'f.md').entries;
    expect(entry!.fields.id).toBeUndefined();
    expect(entry!.fields.answer?.value).toBe('Nota: esto es la respuesta.\nid: tampoco');
  });

  it('reports unknown fields in the metadata block and in the front matter on their own lines', () => {
    const text = lines('---', 'locale: es', 'title: FAQ', '---', '## Q', 'id: q', 'colour: red', 'tags: a', '', 'A.');
    const { errors } = readMarkdownFile(text, 'f.md');
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'title'],
      [7, 'colour'],
    ]);
    expect(errors[1]!.message).toMatch(/^unknown field "colour"/);
  });

  it('reports YAML syntax errors in the metadata block and the front matter with their line', () => {
    const meta = readMarkdownFile(lines('# T', '', '## Q', 'id: q', 'tags: [a, b', '', 'A.'), 'f.md');
    expect(meta.errors).toEqual([
      { file: 'f.md', line: 5, field: 'tags', message: 'invalid YAML: unexpected end of the stream within a flow collection' },
    ]);

    const front = readMarkdownFile(lines('---', 'locale: es', 'locale: en', '---', '## Q', 'A.'), 'g.md');
    expect(front.errors).toEqual([
      { file: 'g.md', line: 3, field: 'locale', message: 'invalid YAML: duplicated mapping key' },
    ]);
    // The body is still read, so its problems are reported in the same build.
    expect(front.entries).toHaveLength(1);
  });

  it('reports a file without questions and an unclosed front matter', () => {
    expect(readMarkdownFile(lines('# FAQ', '', 'texto'), 'f.md').errors[0]).toMatchObject({
      line: 1,
      message: 'no questions found: write each question as a "## " heading',
    });
    expect(readMarkdownFile(lines('---', 'locale: es', '## Q', 'A.'), 'f.md').errors[0]).toMatchObject({
      line: 1,
      message: 'front matter is not closed: add a "---" line after it',
    });
  });
});
