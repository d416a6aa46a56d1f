/**
 * Build the script-tag widget into dist/widget/ with Vite (two builds,
 * shared settings in vite.config.ts):
 * - `ayuda.js`: widget/src/launcher.ts as a minified classic script (IIFE),
 *   the only file that runs before a customer opens help (≤ 5,000 B gzip;
 *   budgets in widget/build/file-sizes.ts);
 * - `panel.js` (+ `chunks/`): the panel as an ES module, loaded by ayuda.js
 *   with `import()`. Until widget/src/panel/main.ts exists, the core's
 *   stand-in is built instead.
 * - `outbox.js`: the recorder and the durable outbox (widget/src/outbox/
 *   main.ts) as an ES module of its own, loaded by ayuda.js with `import()`
 *   when the panel loads, or at idle when items are pending.
 * - `notices.js`: the site's live notices (widget/src/notices/main.ts), loaded
 *   by ayuda.js at idle when there is a collector.
 * `ayuda build` then copies them next to the FAQ index with hashed names
 * (widget/compiler/write-widget.ts).
 *
 * `npm run build:widget` prints the sizes and fails over budget.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { build, type InlineConfig, type Plugin } from 'vite';
import { checkBudgets, fileSizes, formatBytes, formatExact, widgetPart, type FileSize } from './file-sizes.ts';
import { DIST_WIDGET, LAUNCHER_ENTRY, NOTICES_ENTRY, OUTBOX_ENTRY, panelEntry, ROOT, VITE_CONFIG } from './paths.ts';

export interface BuildWidgetOptions {
  /** Panel entry (default: widget/src/panel/main.ts, else the stand-in). */
  panel?: string;
}

/** The panel's stemmers, one chunk per language: search/stem-lazy.ts in place of search/stem.ts. */
const lazyStemmers: Plugin = {
  name: 'ayuda-lazy-stemmers',
  enforce: 'pre',
  resolveId(source, importer) {
    if (/^\.{1,2}\/(search\/)?stem\.ts$/.test(source) && importer && /[\\/]widget[\\/]src[\\/]/.test(importer)) return join(ROOT, 'widget/src/search/stem-lazy.ts');
    return null;
  },
};

function config(outDir: string, lib: NonNullable<InlineConfig['build']>['lib'], output: object = {}, plugins: Plugin[] = []): InlineConfig {
  return {
    configFile: VITE_CONFIG,
    plugins,
    root: ROOT,
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    // No `@__PURE__` annotations: library mode keeps them for a bundler downstream, but these files ship as they are (-116 B gzip on the panel).
    build: { outDir, emptyOutDir: false, minify: true, lib, rolldownOptions: { output: { comments: { legal: true, annotation: false, jsdoc: false }, ...output } } },
  };
}

/**
 * These files ship as they are (no bundler downstream tree-shakes them), so
 * `@__PURE__` annotations are bytes every visitor pays for nothing: about
 * 150 B gzip over the panel and the hand-off chunk. Legal comments stay.
 */
const SHIPPED_COMMENTS = { legal: true, annotation: false, jsdoc: false };

/** Build into `outDir` (replaced as a whole, through a temporary folder); returns the files' sizes. */
export async function buildWidget(outDir = DIST_WIDGET, opts: BuildWidgetOptions = {}): Promise<FileSize[]> {
  const tmp = `${outDir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await build(config(tmp, { entry: LAUNCHER_ENTRY, formats: ['iife'], name: 'ayuda', fileName: () => 'ayuda.js' }));
    await build(
      config(
        tmp,
        { entry: opts.panel ?? panelEntry(), formats: ['es'], fileName: () => 'panel.js' },
        // Library mode keeps whitespace in ES output (for downstream tree-shaking); this file ships as is.
        { chunkFileNames: 'chunks/[name]-[hash].js', minify: true, comments: SHIPPED_COMMENTS },
        [lazyStemmers],
      ),
    );
    // Built on its own: it shares no code with the panel, and must not pull in any.
    await build(config(tmp, { entry: OUTBOX_ENTRY, formats: ['es'], fileName: () => 'outbox.js' }, { minify: true, comments: SHIPPED_COMMENTS }));
    // The notices chunk, loaded at idle with a collector: on its own too.
    await build(config(tmp, { entry: NOTICES_ENTRY, formats: ['es'], fileName: () => 'notices.js' }, { minify: true, comments: SHIPPED_COMMENTS }));
    checkChunks(tmp);
    await rm(outDir, { recursive: true, force: true });
    await rename(tmp, outDir);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return fileSizes(outDir);
}

/**
 * `ayuda build` renames panel.js to panel.<hash>.js, so no chunk may import
 * the entry back (chunks keep their names, which Vite already hashes).
 */
function checkChunks(dir: string): void {
  const chunks = join(dir, 'chunks');
  let names: string[] = [];
  try {
    names = readdirSync(chunks);
  } catch {
    return;
  }
  for (const name of names) {
    if (/["'`](\.\.?\/)+panel\.js["'`]/.test(readFileSync(join(chunks, name), 'utf8'))) {
      throw new Error(`${relative(ROOT, join(chunks, name))} imports panel.js; move the shared code out of the panel entry`);
    }
  }
}

/** "dist/widget/ayuda.js  10.7 KiB  4,907 B gzip  launcher" lines, then each budget, and whether every budget holds. */
export function sizeReport(files: FileSize[], dirLabel = 'dist/widget'): { lines: string[]; ok: boolean } {
  const width = Math.max(...files.map((f) => f.name.length), 40) + dirLabel.length + 1;
  const lines = files.map((f) => `  ${`${dirLabel}/${f.name}`.padEnd(width)}  ${formatBytes(f.bytes).padStart(9)}  ${formatExact(f.gzipBytes).padStart(9)} gzip  ${widgetPart(f.name)}`);
  const checks = checkBudgets(files);
  for (const c of checks) {
    lines.push(`  ${c.what.padEnd(width)}  ${''.padStart(9)}  ${formatExact(c.gzipBytes).padStart(9)} gzip  budget ${formatExact(c.budget)}${c.ok ? '' : '  OVER'}`);
  }
  return { lines, ok: checks.every((c) => c.ok) };
}

if (process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])) {
  const panel = panelEntry();
  await buildWidget();
  console.log(`ayuda widget: built ${relative(ROOT, DIST_WIDGET)}/ (panel: ${relative(ROOT, panel)}); sizes as \`ayuda build\` writes them (ayuda.js with its manifest):`);
  // Measured as shipped: `ayuda build` writes the manifest (hashed names, the launcher's words) into ayuda.js.
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { writeWidget } = await import('../compiler/write-widget.ts');
  const shipped = await mkdtemp(join(tmpdir(), 'ayuda-widget-sizes-'));
  const written = await writeWidget(shipped, [{ locale: 'en', bytes: Buffer.from('{}') }], { widgetDir: DIST_WIDGET });
  await rm(shipped, { recursive: true, force: true });
  const { lines, ok } = sizeReport(written.filter((f) => widgetPart(f.name) !== 'data').sort((a, b) => a.name.localeCompare(b.name)), 'out');
  console.log(lines.join('\n'));
  if (!ok) {
    console.error('ayuda widget: over budget (ayuda.js ≤ 5,000 B gzip, help ≤ 33,900 B, hand-off ≤ 14,600 B)');
    process.exitCode = 1;
  }
}
