/**
 * Validation: every error kind with its exact file:line: field, all errors
 * from all files collected at once.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError } from './format-error.ts';
import { compileFaq } from './index.ts';
import { ANSWER_PLACEHOLDER } from './answer-placeholder.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BROKEN = 'widget/compiler/__fixtures__/broken';

async function tempFiles(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ayuda-errors-'));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

/** Compile files written to a temp dir; errors as formatted lines. */
async function errorLines(files: Record<string, string | Uint8Array>, paths = Object.keys(files)): Promise<string[]> {
  const dir = await tempFiles(files);
  const { errors } = await compileFaq(paths, { cwd: dir });
  return errors.map(formatError);
}

describe('compileFaq: each error kind, located', () => {
  it('missing answer', async () => {
    expect(await errorLines({ 'f.md': '## ¿Pregunta?\nid: p\n\n## Otra\n\nSí.\n' })).toEqual([
      'f.md:1: answer: missing answer: this question has no answer text',
    ]);
    expect(await errorLines({ 'f.json': '[\n  {\n    "question": "Q",\n    "answer": "  "\n  }\n]' })).toEqual([
      'f.json:4: answer: missing answer: this question has no answer text',
    ]);
    expect(await errorLines({ 'f.csv': 'question,answer\nQ1,A1\nQ2,\n' })).toEqual([
      'f.csv:3: answer: missing answer: this question has no answer text',
    ]);
  });

  it('an answer that is nothing but unsafe HTML', async () => {
    expect(await errorLines({ 'f.md': '## Q\n\n<script>alert(1)</script>\n' })).toEqual([
      'f.md:3: answer: the answer is empty once unsafe HTML is removed',
    ]);
  });

  it("an answer still holding the dashboard snippet's placeholder", async () => {
    const snippet = `## ¿Dónde está mi reembolso?\nid: donde-reembolso\nlocale: es\nalternates: "no me llega el dinero"\n\n${ANSWER_PLACEHOLDER}\n`;
    expect(await errorLines({ 'faq.md': `## Otra\n\nSí.\n\n${snippet}` })).toEqual([
      'faq.md:10: answer: still holds the placeholder "TODO: write the answer here" from the dashboard\'s snippet: write the answer before building',
    ]);
    expect(await errorLines({ 'f.csv': 'question,answer\nQ1,"Sí, pero TODO: write the answer here"\n' })).toHaveLength(1);
  });

  it('duplicate id, saying where the first one was', async () => {
    const files = {
      'a.md': '## Q1\nid: envio\n\nA.\n',
      'b.json': '[\n  {"question": "Q2", "answer": "B"},\n  {\n    "id": "envio",\n    "question": "Q3",\n    "answer": "C"\n  }\n]',
    };
    expect(await errorLines(files)).toEqual(['b.json:4: id: duplicate id "envio": first used at a.md:2']);
  });

  it('duplicate derived id', async () => {
    expect(await errorLines({ 'f.csv': 'question,answer\n¿Envío?,A\nEnvío,B\n' })).toEqual([
      'f.csv:3: id: duplicate id "envio" (derived from the question: give one of them an explicit id): first used at f.csv:2',
    ]);
  });

  it('unknown field, in every format', async () => {
    expect(
      await errorLines({
        'a.md': '## Q\nid: q\nprioridad: alta\n\nA.\n',
        'b.json': '[{\n  "question": "Q2",\n  "answer": "A",\n  "Tags": []\n}]',
        'c.csv': 'question,answer,votes\nQ3,A,1\n',
      }),
    ).toEqual([
      'a.md:3: prioridad: unknown field "prioridad" in the metadata block (known fields: id, alternates, tags, locale, related, pages, context)',
      'b.json:4: Tags: unknown field "Tags" in the entry (known fields: id, question, answer, alternates, tags, locale, related, pages, context)',
      'c.csv:1: votes: unknown field "votes" in the CSV header (known fields: id, question, answer, alternates, tags, locale, related, pages, context)',
    ]);
  });

  it('empty question', async () => {
    expect(await errorLines({ 'f.md': '## Q\n\nA.\n\n##   \n\nB.\n' })).toEqual([
      'f.md:5: question: empty question: the question text is blank',
    ]);
    expect(await errorLines({ 'f.json': '[\n  {"question": "", "answer": "A"}\n]' })).toEqual([
      'f.json:2: question: empty question: the question text is blank',
    ]);
    expect(await errorLines({ 'f.json': '[\n  {"answer": "A"}\n]' })).toEqual(['f.json:2: question: missing question']);
  });

  it('a related id that does not exist', async () => {
    expect(
      await errorLines({ 'f.md': '## Q\nid: q\ntags: x\nrelated: q2, nope\n\nA.\n\n## Q2\nid: q2\n\nB.\n' }),
    ).toEqual(['f.md:4: related: related id "nope" does not exist (no entry has this id)']);
  });

  it('bytes that are not UTF-8, with the line of the first bad byte', async () => {
    const latin1 = Uint8Array.from([...Buffer.from('question,answer\nQ1,A1\nQ2,Caf'), 0xe9, 0x0a]);
    const lines = await errorLines({ 'latin1.csv': latin1 });
    expect(lines).toEqual([
      'latin1.csv:3: not valid UTF-8: byte 0xE9 at column 7 (the file is probably Latin-1/Windows-1252; save it as UTF-8)',
    ]);
  });

  it('a UTF-16 file with a BOM is decoded; a UTF-8 BOM is stripped', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('question,answer\r\n¿Qué?,Sí.\r\n', 'utf16le')]);
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,question,answer\nx,Q,A\n')]);
    const dir = await tempFiles({ 'u16.csv': utf16, 'bom.csv': bom8 });
    const { faq, errors } = await compileFaq(['u16.csv', 'bom.csv'], { cwd: dir });
    expect(errors).toEqual([]);
    expect(faq.entries.map((e) => [e.id, e.question, e.answerText])).toEqual([
      ['que', '¿Qué?', 'Sí.'],
      ['x', 'Q', 'A'],
    ]);
  });

  it('malformed JSON, CSV and YAML, with their line', async () => {
    expect(
      await errorLines({
        'a.json': '[\n  {"question": "Q", "answer": "A"}\n  {"question": "R", "answer": "B"}\n]',
        'b.csv': 'question,answer\nQ,A\nR,"B"x\n',
        // The id still counts although the block is broken: no "duplicate id" echo.
        'c.md': '## Q\nid: c\nalternates: [uno, dos\n\nA.\n\n## Otra\nid: otra\nrelated: c\n\nB.\n',
        'd.md': '---\nlocale: es\nsynonyms: "a = b\n---\n## Q4\n\nA.\n',
      }),
    ).toEqual([
      'a.json:3: invalid JSON: expected "," (missing comma before this line?)',
      'b.csv:3: invalid CSV: Invalid Closing Quote: got "x" at line 3 instead of delimiter, record delimiter, trimable character (if activated) or comment',
      'c.md:3: alternates: invalid YAML: unexpected end of the stream within a flow collection',
      'd.md:3: synonyms: invalid YAML: unexpected end of the stream within a double quoted scalar',
    ]);
  });

  it('files that cannot be read or have an unknown format', async () => {
    expect(await errorLines({ 'faq.txt': 'hola' }, ['faq.txt', 'missing.md'])).toEqual([
      'faq.txt: unsupported format: expected a .md, .json or .csv file, or a folder of .md files',
      'missing.md: cannot read: no such file or folder',
    ]);
  });
});

describe('compileFaq: all errors at once', () => {
  it('reports the 3 different errors of one file, in line order', async () => {
    const { errors } = await compileFaq([`${BROKEN}/three-errors.md`], { cwd: ROOT });
    expect(errors.map(formatError)).toEqual([
      `${BROKEN}/three-errors.md:4: answer: missing answer: this question has no answer text`,
      `${BROKEN}/three-errors.md:8: color: unknown field "color" in the metadata block (known fields: id, alternates, tags, locale, related, pages, context)`,
      `${BROKEN}/three-errors.md:12: question: empty question: the question text is blank`,
    ]);
  });

  it('collects the errors of every file before failing, files in the order given', async () => {
    const { errors, faq } = await compileFaq([`${BROKEN}/duplicate.csv`, `${BROKEN}/three-errors.md`], { cwd: ROOT });
    expect(errors.map((e) => `${e.file}:${e.line}:${e.field}`)).toEqual([
      `${BROKEN}/duplicate.csv:1:priority`,
      `${BROKEN}/duplicate.csv:3:id`,
      `${BROKEN}/duplicate.csv:3:related`,
      `${BROKEN}/three-errors.md:4:answer`,
      `${BROKEN}/three-errors.md:8:color`,
      `${BROKEN}/three-errors.md:12:question`,
    ]);
    expect(errors[1]!.message).toBe(`duplicate id "envio": first used at ${BROKEN}/duplicate.csv:2`);
    // Entries whose own values are wrong (missing answer, empty question,
    // duplicate id, unknown related id) are left out of the compiled FAQ.
    expect(faq.entries.map((e) => e.id)).toEqual(['envio', 'campo-raro']);
  });
});
