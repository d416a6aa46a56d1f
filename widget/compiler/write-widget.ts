/**
 * The script-tag widget next to the FAQ index: copy the built widget
 * (dist/widget/, built first if missing or stale) into outDir as
 *   ayuda.js                 not hashed: the URL site owners put in their pages
 *   panel.<hash8>.js         the panel chunk
 *   chunks/…                 the panel's own chunks (names already hashed by Vite)
 *   chunks/stem-<lang>.<hash8>.js  each language's stemmer, named with the panel's hash
 *                            (of the panel and the stemmers together), so that
 *                            ayuda.js can fetch the page language's stemmer
 *                            beside the panel instead of after it
 *   outbox.<hash8>.js        the recorder and durable outbox chunk (when built)
 *   faq-index.<locale>.<hash8>.json   the index, one part per locale (search/index-format.ts, splitByLocale)
 *   faq-answers.<locale>.<hash8>.json the answers of each part, in chunks the part names (./answer-chunks.ts)
 * with the manifest {"panel":…,"index":{"es":…,"en":…},"outbox":…} substituted for the placeholder
 * string in ayuda.js, so it finds both relative to its own URL. hash8: the
 * first 8 hex digits of the file's sha256. Deterministic: same input, same
 * bytes. Hashed files can be cached forever; ayuda.js briefly. Older hashed
 * files are left in place here; `ayuda build` then removes those of builds
 * before the previous one (./older-builds.ts).
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSize, listFiles } from '../build/file-sizes.ts';
import { MANIFEST_PLACEHOLDER, type WidgetManifest } from '../src/core/read-manifest.ts';
import { coreStringsOf } from '../src/i18n/core-strings.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';

export interface WrittenFile {
  /** Path relative to outDir, "/" separated. */
  name: string;
  bytes: number;
  gzipBytes: number;
}

export interface WriteWidgetOptions {
  /** A built widget (ayuda.js, panel.js, chunks/, outbox.js); default: dist/widget/, built if needed. */
  widgetDir?: string;
}

const PLACEHOLDER = new RegExp(`(["'\`])${MANIFEST_PLACEHOLDER}\\1`, 'g');

export function hash8(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 8);
}

/** The manifest a written ayuda.js carries (the object literal injectManifest put in), or undefined. */
export function injectedManifest(launcher: string): WidgetManifest | undefined {
  const literal = /\{"panel":.*?\}(?=\))/.exec(launcher)?.[0];
  return literal ? (JSON.parse(literal) as WidgetManifest) : undefined;
}

/** ayuda.js with the manifest, as an object literal, in place of the placeholder string literal (which must occur exactly once). */
export function injectManifest(launcher: string, manifest: WidgetManifest): string {
  const found = launcher.match(PLACEHOLDER)?.length ?? 0;
  if (found !== 1) throw new Error(`ayuda.js should contain the manifest placeholder once, found ${found}; rebuild it with npm run build:widget`);
  // JSON is a JavaScript expression (U+2028 and U+2029 included, since ES2019).
  const literal = JSON.stringify(manifest);
  return launcher.replace(PLACEHOLDER, () => literal);
}

/**
 * Beside each file, its Brotli (quality 11) and gzip (level 9) forms, so a
 * server can send them as they are (`Content-Encoding`) without compressing
 * on every request: @fastify/static's `preCompressed`, nginx's
 * `brotli_static`/`gzip_static` (README, "Serving the files").
 */
export async function writeCompressed(path: string, data: Buffer | string): Promise<void> {
  const bytes = Buffer.from(data);
  await writeAtomic(`${path}.br`, brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
  await writeAtomic(`${path}.gz`, gzipSync(bytes, { level: 9 }));
}

async function writeAtomic(path: string, data: Buffer | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** One locale's part of the index, serialised, with the answer chunks it names. */
export interface IndexPart {
  locale: string;
  bytes: Buffer;
  chunks?: { name: string; bytes: Buffer }[];
}

/** Write the widget and the index's parts into outDir; returns what was written, ayuda.js first. */
export async function writeWidget(outDir: string, parts: IndexPart[], opts: WriteWidgetOptions = {}): Promise<WrittenFile[]> {
  let widgetDir = opts.widgetDir;
  if (!widgetDir) {
    const { ensureWidgetBuilt } = await import('../build/ensure-widget-built.ts');
    widgetDir = await ensureWidgetBuilt();
  }
  const files = new Map<string, Buffer | string>();
  const names = listFiles(widgetDir);
  const built = readFileSync(join(widgetDir, 'panel.js'));
  // The stemmers (chunks/stem-<lang>-<vite hash>.js) take the panel's name's hash, one hash of all of them:
  // ayuda.js derives a stemmer's name from the panel's, and imports it with the panel (launcher.ts).
  const stems = names.flatMap((name) => {
    const m = /^chunks\/stem-([a-z]{2,3})-[\w-]+\.js$/.exec(name);
    return m ? [{ name, lang: m[1]!, bytes: readFileSync(join(widgetDir, name)) }] : [];
  });
  const panelHash = hash8(Buffer.concat([built, ...stems.map((s) => s.bytes)]));
  const stemName = (lang: string): string => `chunks/stem-${lang}.${panelHash}.js`;
  let panel = built.toString('utf8');
  for (const s of stems) panel = panel.replaceAll(`./${s.name}`, `./${stemName(s.lang)}`);
  const index = Object.fromEntries(parts.map((p) => [p.locale, `faq-index.${p.locale}.${hash8(p.bytes)}.json`]));
  const manifest: WidgetManifest = { panel: `panel.${panelHash}.js`, index, ui: coreStringsOf(LANGUAGES) };
  if (stems.length) manifest.stems = stems.map((s) => s.lang);
  const outbox = names.includes('outbox.js') ? readFileSync(join(widgetDir, 'outbox.js')) : undefined;
  const notices = names.includes('notices.js') ? readFileSync(join(widgetDir, 'notices.js')) : undefined;
  // The notices chunk is named like the outbox (the launcher derives one name from the other): one hash of both.
  const pairHash = outbox && hash8(notices ? Buffer.concat([outbox, notices]) : outbox);
  if (outbox) manifest.outbox = `outbox.${pairHash}.js`;
  for (const name of names) {
    if (!['ayuda.js', 'panel.js', 'outbox.js', 'notices.js'].includes(name) && !stems.some((s) => s.name === name)) files.set(name, readFileSync(join(widgetDir, name)));
  }
  for (const s of stems) files.set(stemName(s.lang), s.bytes);
  files.set(manifest.panel, panel);
  if (outbox) files.set(manifest.outbox!, outbox);
  if (outbox && notices) files.set(`notices.${pairHash}.js`, notices);
  // A part after its chunks, so that it never names a file not yet written.
  for (const p of parts) {
    for (const c of p.chunks ?? []) files.set(c.name, c.bytes);
    files.set(index[p.locale]!, p.bytes);
  }
  // Last, so that it never names a file not yet written.
  files.set('ayuda.js', injectManifest(readFileSync(join(widgetDir, 'ayuda.js'), 'utf8'), manifest));
  for (const [name, data] of files) {
    await writeAtomic(join(outDir, name), data);
    await writeCompressed(join(outDir, name), data);
  }
  const written = [...files].map(([name, data]) => ({ name, bytes: Buffer.byteLength(data), gzipBytes: gzipSize(data) }));
  return [written.at(-1)!, ...written.slice(0, -1)];
}
