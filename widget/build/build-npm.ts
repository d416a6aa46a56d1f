/**
 * Build the npm package's browser entry into dist/npm/:
 * - `index.js` (+ `chunks/`): widget/src/index.ts in Vite library mode (ES
 *   module). Dependencies are bundled in, so it also runs straight from a
 *   static folder; the panel stays a separate chunk behind `import()`, which
 *   the app's bundler keeps lazy.
 * - `index.d.ts` and the declarations it reaches, emitted by
 *   `tsc -p widget/build/tsconfig.npm.json` (relative `.ts` specifiers
 *   rewritten to `.js`, which every module resolution maps to `.d.ts`).
 *
 * `npm run build:npm` prints the sizes.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { fileSizes, formatBytes, listFiles, type FileSize } from './file-sizes.ts';
import { DIST_NPM, NPM_ENTRY, ROOT, VITE_CONFIG } from './paths.ts';

const TSCONFIG = resolve(ROOT, 'widget/build/tsconfig.npm.json');
const TSC = resolve(ROOT, 'node_modules/typescript/bin/tsc');

/** Build into `outDir` (replaced as a whole); returns the files' sizes. */
export async function buildNpm(outDir = DIST_NPM): Promise<FileSize[]> {
  const tmp = `${outDir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await build({
      configFile: VITE_CONFIG,
      root: ROOT,
      mode: 'production',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: tmp,
        emptyOutDir: true,
        minify: true,
        lib: { entry: NPM_ENTRY, formats: ['es'], fileName: () => 'index.js' },
        rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    });
    emitDeclarations(tmp);
    await rm(outDir, { recursive: true, force: true });
    await rename(tmp, outDir);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return fileSizes(outDir);
}

const SPECIFIER = /((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']+)\.ts(["'])/g;

/** tsc's declarations into `outDir`, keeping only those index.d.ts reaches, with `.js` specifiers. */
function emitDeclarations(outDir: string): void {
  const dts = `${outDir}/.dts`;
  const run = spawnSync(process.execPath, [TSC, '-p', TSCONFIG, '--outDir', dts], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tsc (declarations) failed:\n${run.stdout}${run.stderr}`);
  const keep = new Set<string>();
  const visit = (file: string): void => {
    if (keep.has(file)) return;
    keep.add(file);
    const text = readFileSync(join(dts, file), 'utf8');
    for (const m of text.matchAll(SPECIFIER)) visit(relative(dts, resolve(dts, dirname(file), `${m[2]}.d.ts`)));
  };
  visit('index.d.ts');
  for (const file of listFiles(dts)) {
    if (!keep.has(file)) continue;
    const text = readFileSync(join(dts, file), 'utf8').replace(SPECIFIER, '$1$2.js$3');
    const target = join(outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  rmSync(dts, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])) {
  const files = await buildNpm();
  console.log(`ayuda npm: built ${relative(ROOT, DIST_NPM)}/`);
  for (const f of files.filter((f) => f.name.endsWith('.js'))) {
    console.log(`  ${`${relative(ROOT, DIST_NPM)}/${f.name}`.padEnd(48)}  ${formatBytes(f.bytes).padStart(9)}  ${formatBytes(f.gzipBytes).padStart(9)} gzip`);
  }
  console.log(`  + ${files.filter((f) => f.name.endsWith('.d.ts')).length} declaration files (${relative(ROOT, DIST_NPM)}/index.d.ts)`);
}
