/**
 * Page rules (issue 16 #4): an entry names the pages (`pages: /producto/*`)
 * and `data-context` values (`context: category=aspiradoras`) it belongs
 * to, in every format; the index carries them only when set (version 3
 * unchanged: older widgets ignore them, older indexes have none).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFaq } from './index.ts';
import { formatError } from './format-error.ts';
import { buildSearchIndex as buildIndex, INDEX_VERSION } from '../src/search/build-index.ts';

async function compile(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'ayuda-pages-'));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return compileFaq(Object.keys(files), { cwd: dir });
}

const MD = `---
locale: es
---

## ¿Cuánto dura la batería?
id: bateria
pages: /producto/*, /aspiradoras/*
context: category=aspiradoras

Hasta 60 minutos.

## ¿Cómo devuelvo un pedido?
id: devolver

Tienes 30 días.
`;

describe('pages and context of an entry', () => {
  it('are read from the Markdown metadata block, JSON and CSV (context values lower-cased)', async () => {
    const md = await compile({ 'faq.md': MD });
    expect(md.errors).toEqual([]);
    expect(md.faq.entries.map((e) => [e.id, e.pages, e.context])).toEqual([
      ['bateria', ['/producto/*', '/aspiradoras/*'], ['category=aspiradoras']],
      ['devolver', undefined, undefined],
    ]);
    const json = await compile({ 'faq.json': JSON.stringify([{ id: 'b', question: 'Q', answer: 'A', pages: ['/producto/*'], context: 'sku=V8|category=aspiradoras' }]) });
    expect(json.faq.entries[0]).toMatchObject({ pages: ['/producto/*'], context: ['sku=v8', 'category=aspiradoras'] });
    const csv = await compile({ 'faq.csv': 'id,question,answer,pages,context\nb,Q,A,/producto/*|/tienda/*,category=aspiradoras\n' });
    expect(csv.faq.entries[0]).toMatchObject({ pages: ['/producto/*', '/tienda/*'], context: ['category=aspiradoras'] });
  });

  it('refuse a pattern that is not a path and a context that is not key=value, on their line', async () => {
    const { errors } = await compile({ 'faq.md': '## Q\npages: producto\ncontext: aspiradoras\n\nA.\n' });
    expect(errors.map(formatError)).toEqual([
      'faq.md:2: pages: page pattern "producto" must be a path starting with "/" ("*" matches any characters: /producto/*)',
      'faq.md:3: context: context "aspiradoras" must be key=value, as in data-context (category=aspiradoras)',
    ]);
  });

  it('reach the index only where set, without an index version of their own (version 3 had them; 4 is for answers apart)', async () => {
    const { faq } = await compile({ 'faq.md': MD });
    const index = buildIndex(faq);
    expect(index.version).toBe(INDEX_VERSION);
    expect(index.entries.find((e) => e.id === 'bateria')).toMatchObject({ pages: ['/producto/*', '/aspiradoras/*'], context: ['category=aspiradoras'] });
    expect(Object.keys(index.entries.find((e) => e.id === 'devolver')!)).not.toContain('pages');
  });
});
