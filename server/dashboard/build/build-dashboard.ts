/**
 * Build the dashboard's single-page app (server/dashboard/ui/, Preact and
 * uPlot) with Vite into dist/dashboard/: index.html, hashed JS and CSS under
 * assets/. No inline script or style anywhere, so the pages run under
 * `default-src 'self'`. The folder is replaced as a whole through a
 * temporary one. `npm run build:dashboard` runs it and prints the sizes.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { DASHBOARD_UI, DIST_DASHBOARD, ROOT } from './paths.ts';

export async function buildDashboard(outDir = DIST_DASHBOARD): Promise<void> {
  const tmp = `${outDir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await build({
      configFile: false,
      root: DASHBOARD_UI,
      base: '/dashboard/',
      mode: 'production',
      logLevel: 'warn',
      define: { 'process.env.NODE_ENV': '"production"' },
      oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
      build: {
        outDir: tmp,
        emptyOutDir: true,
        assetsDir: 'assets',
        target: 'es2022',
        // The polyfill would be fine under the CSP, but every supported browser has modulepreload.
        modulePreload: { polyfill: false },
        // Images and fonts as files, never data: URLs inlined into CSS or JS.
        assetsInlineLimit: 0,
        reportCompressedSize: false,
        sourcemap: false,
      },
    });
    const html = readFileSync(join(tmp, 'index.html'), 'utf8');
    if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html) || /<style/i.test(html) || /\sstyle=/i.test(html)) {
      throw new Error('dist/dashboard/index.html has inline script or style: the CSP would block it');
    }
    await rm(outDir, { recursive: true, force: true });
    await rename(tmp, outDir);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** "assets/index-x.js 12.3 KiB, 5.1 KiB gzip" per file. */
export function dashboardSizes(dir = DIST_DASHBOARD): string[] {
  const out: string[] = [];
  const visit = (path: string): void => {
    for (const name of readdirSync(path)) {
      const file = join(path, name);
      if (statSync(file).isDirectory()) visit(file);
      else {
        const bytes = readFileSync(file);
        out.push(`  ${relative(ROOT, file).padEnd(48)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KiB ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(7)} KiB gzip`);
      }
    }
  };
  visit(dir);
  return out;
}

if (process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])) {
  await buildDashboard();
  console.log(`ayuda dashboard: built ${relative(ROOT, DIST_DASHBOARD)}/`);
  console.log(dashboardSizes().join('\n'));
}
