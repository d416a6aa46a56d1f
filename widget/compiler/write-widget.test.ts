import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_PLACEHOLDER, readManifest } from '../src/core/read-manifest.ts';
import { hash8, injectedManifest, injectManifest, writeWidget } from './write-widget.ts';
import { compileFaq } from './index.ts';
import { serializeParts, writeFaqIndex } from './write-faq-index.ts';
import type { AnswerChunk, FaqIndex } from '../src/search/index-format.ts';
import { createSearchEngine } from '../src/search/engine.ts';

const sha8 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 8);
const INDEX = Buffer.from('{"format":"ayuda-faq-index","version":1,"entries":[],"locales":[]}\n');
const PARTS = [{ locale: 'es', bytes: INDEX }];

/** A built widget as Vite leaves it in dist/widget/ (minified, so the placeholder is a template literal). */
async function fakeBuild(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ayuda-widget-'));
  await mkdir(join(dir, 'chunks'));
  await writeFile(join(dir, 'ayuda.js'), `(function(){var m=readManifest(\`${MANIFEST_PLACEHOLDER}\`);})();\n`);
  await writeFile(join(dir, 'panel.js'), 'export function mountPanel(){return import("./chunks/extra-AbC123.js")}\n');
  await writeFile(join(dir, 'chunks/extra-AbC123.js'), 'export const x = 1;\n');
  return dir;
}

/** The manifest as ayuda.js will see it at run time: its argument, evaluated as JavaScript. */
function manifestIn(launcher: string) {
  const literal = /readManifest\((.*)\);\}\)\(\);/.exec(launcher)![1]!;
  return readManifest(new Function(`return (${literal})`)());
}

describe('writeWidget', () => {
  it('writes ayuda.js with the manifest, the panel and each locale\'s part of the index under their content hashes, and the chunks', async () => {
    const widgetDir = await fakeBuild();
    const out = join(await mkdtemp(join(tmpdir(), 'ayuda-out-')), 'public/ayuda');
    const panel = readFileSync(join(widgetDir, 'panel.js'));
    const files = await writeWidget(out, PARTS, { widgetDir });

    const panelName = `panel.${sha8(panel)}.js`;
    const indexName = `faq-index.es.${sha8(INDEX)}.json`;
    expect(files.map((f) => f.name)).toEqual(['ayuda.js', 'chunks/extra-AbC123.js', panelName, indexName]);
    // Each file with its Brotli and gzip forms beside it (a server sends them as they are).
    expect((await readdir(out)).sort()).toEqual(['ayuda.js', 'chunks', indexName, panelName].flatMap((n) => (n === 'chunks' ? [n] : [n, `${n}.br`, `${n}.gz`])).sort());
    expect(readFileSync(join(out, panelName)).equals(panel)).toBe(true);
    expect(readFileSync(join(out, indexName)).equals(INDEX)).toBe(true);
    expect(existsSync(join(out, 'chunks/extra-AbC123.js'))).toBe(true);

    const launcher = readFileSync(join(out, 'ayuda.js'), 'utf8');
    expect(launcher).not.toContain(MANIFEST_PLACEHOLDER);
    expect(manifestIn(launcher)).toEqual({ panel: panelName, index: { es: indexName }, ui: expect.objectContaining({ es: 'Ayuda|No se pudo cargar la ayuda.|Cerrar la ayuda|Reintentar|Cargando…' }) });
    for (const f of files) {
      expect(f.bytes).toBe(readFileSync(join(out, f.name)).length);
      expect(f.gzipBytes).toBeGreaterThan(0);
    }
  });

  it("writes each locale's answer chunks beside its part, under their content hashes: every answer in exactly one, the whole index still complete", async () => {
    const { faq, errors } = await compileFaq([join(import.meta.dirname, '../src/panel/__fixtures__/faq.md'), join(import.meta.dirname, '../src/panel/__fixtures__/faq-en.md')]);
    expect(errors).toEqual([]);
    const out = join(await mkdtemp(join(tmpdir(), 'ayuda-out-')), 'ayuda');
    await writeFaqIndex(faq, out);
    const files = await writeWidget(out, serializeParts(faq, 300), { widgetDir: await fakeBuild() });
    const read = <T,>(name: string) => JSON.parse(readFileSync(join(out, name), 'utf8')) as T;
    const { index } = manifestIn(readFileSync(join(out, 'ayuda.js'), 'utf8')) as { index: Record<string, string> };
    const found = new Map<string, string>();
    for (const locale of ['en', 'es']) {
      const part = read<FaqIndex>(index[locale]!);
      const named = [...new Set(part.entries.map((e) => e.answers!))];
      expect(named.length).toBeGreaterThan(1);
      for (const name of named) {
        expect(name).toMatch(new RegExp(`^faq-answers\\.${locale}\\.[0-9a-f]{8}\\.json$`));
        expect(name).toContain(sha8(readFileSync(join(out, name))));
        expect(files.map((f) => f.name)).toContain(name);
        expect(existsSync(join(out, `${name}.br`)) && existsSync(join(out, `${name}.gz`))).toBe(true);
        for (const [id, html] of Object.entries(read<AnswerChunk>(name))) {
          expect(found.has(id), `${id} in one chunk only`).toBe(false);
          found.set(id, html);
          expect(part.entries.find((e) => e.id === id)?.answers).toBe(name);
        }
      }
      expect(part.entries.every((e) => e.answerHtml === undefined)).toBe(true);
    }
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(faq.entries.map((e) => [e.id, e.answerHtml])));
    // faq-index.json, for the CLI, the collector and apps: whole, answers in it, and the engine reads it.
    const whole = read<FaqIndex>('faq-index.json');
    expect(Object.fromEntries(whole.entries.map((e) => [e.id, e.answerHtml]))).toEqual(Object.fromEntries(found));
    expect(createSearchEngine(whole).search('cancelar pedido', { locale: 'es' }).hits[0]?.id).toBe('cancelar-pedido');
  });

  it('writes the outbox chunk under its content hash and names it in the manifest', async () => {
    const widgetDir = await fakeBuild();
    const outbox = 'export function startRecording(){}\n';
    await writeFile(join(widgetDir, 'outbox.js'), outbox);
    const out = join(await mkdtemp(join(tmpdir(), 'ayuda-out-')), 'ayuda');
    const files = await writeWidget(out, PARTS, { widgetDir });
    const outboxName = `outbox.${sha8(outbox)}.js`;
    expect(files.map((f) => f.name)).toContain(outboxName);
    expect(files.map((f) => f.name)).not.toContain('outbox.js');
    expect(readFileSync(join(out, outboxName), 'utf8')).toBe(outbox);
    expect(manifestIn(readFileSync(join(out, 'ayuda.js'), 'utf8'))).toMatchObject({ outbox: outboxName });
  });

  it('is deterministic, and a different FAQ changes only the index name and ayuda.js', async () => {
    const widgetDir = await fakeBuild();
    const base = await mkdtemp(join(tmpdir(), 'ayuda-out-'));
    const a = await writeWidget(join(base, 'a'), PARTS, { widgetDir });
    const b = await writeWidget(join(base, 'b'), PARTS, { widgetDir });
    expect(b).toEqual(a);
    for (const f of a) expect(readFileSync(join(base, 'a', f.name)).equals(readFileSync(join(base, 'b', f.name)))).toBe(true);
    const c = await writeWidget(join(base, 'c'), [{ locale: 'es', bytes: Buffer.from(`${INDEX.toString().trim()} \n`) }], { widgetDir });
    expect(c.map((f) => f.name)).toEqual([a[0]!.name, a[1]!.name, a[2]!.name, expect.stringMatching(/^faq-index\.es\.[0-9a-f]{8}\.json$/)]);
    expect(c[3]!.name).not.toBe(a[3]!.name);
  });

  it('builds dist/widget when needed and ships the real launcher', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ayuda-out-'));
    const files = await writeWidget(out, PARTS);
    const launcher = readFileSync(join(out, 'ayuda.js'), 'utf8');
    expect(launcher.startsWith('(function(){')).toBe(true);
    const names = files.map((f) => f.name);
    const manifest = injectedManifest(launcher) as { panel: string; index: Record<string, string>; outbox: string };
    expect(manifest, 'the injected manifest literal').toBeDefined();
    expect(names).toContain(manifest.panel);
    expect(names).toContain(manifest.index.es);
    expect(names).toContain(manifest.outbox);
    expect(manifest.panel).toMatch(/^panel\.[0-9a-f]{8}\.js$/);
    expect(manifest.outbox).toMatch(/^outbox\.[0-9a-f]{8}\.js$/);
  }, 120_000);
});

describe('injectManifest', () => {
  it('replaces a single- or double-quoted or template placeholder with the manifest as an object literal', () => {
    for (const q of ['"', "'", '`']) {
      const out = injectManifest(`f(${q}${MANIFEST_PLACEHOLDER}${q})`, { panel: 'panel.1.js', index: "faq-index.'$&.json" });
      expect(out).toBe(`f(${JSON.stringify({ panel: 'panel.1.js', index: "faq-index.'$&.json" })})`);
    }
  });
  it('refuses a launcher without the placeholder, or with it twice', () => {
    expect(() => injectManifest('f()', { panel: 'p', index: 'i' })).toThrow(/found 0/);
    expect(() => injectManifest(`"${MANIFEST_PLACEHOLDER}";"${MANIFEST_PLACEHOLDER}"`, { panel: 'p', index: 'i' })).toThrow(/found 2/);
  });
});

describe('hash8', () => {
  it('is the first 8 hex digits of the sha256', () => {
    expect(hash8('abc')).toBe('ba7816bf');
  });
});
