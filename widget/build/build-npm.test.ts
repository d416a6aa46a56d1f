/** The npm build: an ES module entry with a lazy panel chunk, and declarations a TypeScript app can use. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNpm } from './build-npm.ts';
import type { FileSize } from './file-sizes.ts';
import { ROOT } from './paths.ts';

let dir: string;
let files: FileSize[];

beforeAll(async () => {
  const installed = await mkdtemp(join(tmpdir(), 'ayuda-npm-'));
  dir = join(installed, 'npm');
  files = await buildNpm(dir);
  // As when the package is installed: its dependencies (typebox, for the event types) resolve from beside it.
  mkdirSync(join(installed, 'node_modules'), { recursive: true });
  symlinkSync(resolve(ROOT, 'node_modules/typebox'), join(installed, 'node_modules/typebox'), 'dir');
}, 120_000);

describe('buildNpm', () => {
  it('writes index.js with the panel and the outbox behind dynamic imports, and no bare imports', () => {
    const names = files.map((f) => f.name);
    expect(names).toContain('index.js');
    expect(names).toContain('index.d.ts');
    const index = readFileSync(join(dir, 'index.js'), 'utf8');
    const lazy = [...index.matchAll(/import\(\s*["'](\.\/chunks\/[^"']+\.js)["']\s*\)/g)].map((m) => m[1]);
    expect(lazy).toHaveLength(2);
    for (const chunk of lazy) expect(names).toContain(chunk!.slice(2));
    expect(lazy.map((c) => readFileSync(join(dir, c!), 'utf8')).filter((c) => /startRecording/.test(c))).toHaveLength(1);
    expect(index).not.toMatch(/indexedDB/); // nor the outbox's
    expect(index).not.toMatch(/preact|floating-ui|fuse/i); // the core stays free of the panel's code
    expect(index).not.toMatch(/^\s*import\s/m); // no chunk shared with the lazy ones
    for (const f of names.filter((n) => n.endsWith('.js'))) {
      expect(readFileSync(join(dir, f), 'utf8')).not.toMatch(/(?:from|import)\s*\(?\s*["'][^./"']/);
    }
  });

  it('emits declarations with .js specifiers, only those index.d.ts reaches', () => {
    const dts = files.map((f) => f.name).filter((n) => n.endsWith('.d.ts'));
    expect(dts).toContain('core/contract.d.ts');
    expect(dts.some((n) => n.startsWith('panel/'))).toBe(false);
    for (const f of dts) expect(readFileSync(join(dir, f), 'utf8')).not.toMatch(/from\s+["']\.[^"']*\.ts["']/);
  });

  it('type-checks an app that uses it (bundler and nodenext resolution)', () => {
    const app = join(dir, '..', 'app');
    mkdirSync(app, { recursive: true });
    writeFileSync(
      join(app, 'main.ts'),
      [
        `import { createAyuda, type AyudaOptions, type PanelEvent, type SearchResult } from '${join(dir, 'index.js')}';`,
        "const options: AyudaOptions = { index: '/ayuda/faq-index.json', lang: 'es', position: 'bottom-left' };",
        'const help = createAyuda(options);',
        "const off: () => void = help.on('search', (e: PanelEvent) => void e.type);",
        "help.search('envío').then((r: SearchResult) => r.decision satisfies 'answered' | 'weak' | 'none');",
        "// @ts-expect-error position is a closed set",
        "createAyuda({ index: 'x', position: 'top' });",
        'off();',
        'help.destroy();',
        '',
      ].join('\n'),
    );
    for (const [module, moduleResolution] of [['esnext', 'bundler'], ['nodenext', 'nodenext']]) {
      writeFileSync(
        join(app, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'es2022', module, moduleResolution, lib: ['es2022', 'dom'], types: [] }, files: ['main.ts'] }),
      );
      const tsc = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], { encoding: 'utf8' });
      expect(`${tsc.stdout}${tsc.stderr}`, `${moduleResolution} resolution`).toBe('');
      expect(tsc.status).toBe(0);
    }
  }, 60_000);
});
