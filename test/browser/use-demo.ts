/**
 * The demo shop for one test file: built into a folder of its own (test
 * files run in parallel) and served on a free port, with the fixture pages
 * of test/fixtures/ at /fixtures/ (without the CSP header, like a page that
 * sets none) and any other `mounts`. With `collector`, the pages'
 * `data-collector` names it (a getter: collectors start in their own `beforeAll`).
 *
 * @example
 *   const demo = useDemo();
 *   it('…', async () => { await page.goto(`${demo.url}/en/`); });
 */
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { REPO_ROOT, startDemo, type DemoMount, type DemoServer } from '../../demo/server.ts';

export const FIXTURES = resolve(REPO_ROOT, 'test/fixtures');

/** A fresh folder under .tmp/ (git-ignored) for this test file's builds. */
export function tempDir(prefix: string): string {
  mkdirSync(resolve(REPO_ROOT, '.tmp'), { recursive: true });
  return mkdtempSync(join(resolve(REPO_ROOT, '.tmp'), prefix));
}

export function useDemo(options: { mounts?: DemoMount[]; collector?: () => string } = {}): { readonly url: string; readonly out: string } {
  let server: DemoServer | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    dir = tempDir('browser-');
    const errors: string[] = [];
    server = await startDemo({
      port: 0,
      out: join(dir, 'ayuda'),
      io: { stdout: () => {}, stderr: (text) => void errors.push(text) },
      mounts: [{ prefix: '/fixtures/', root: FIXTURES, csp: false }, ...(options.mounts ?? [])],
      collector: options.collector?.(),
    }).catch((err: Error) => {
      throw new Error(`${err.message}\n${errors.join('')}`);
    });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    get url(): string {
      if (!server) throw new Error('the demo server is not started yet');
      return server.url;
    },
    get out(): string {
      return server!.out;
    },
  };
}
