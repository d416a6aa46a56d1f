/**
 * `ayuda build --alternates-from`: the dashboard's export, as a file or
 * fetched from the dashboard with a read-only token, adds the accepted
 * wordings to their entries before indexing; unknown ids warn, bad files
 * and refused tokens fail with the reason and write nothing.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../widget/src/search/engine.ts';
import type { FaqIndex } from '../../widget/src/search/index-format.ts';
import { dashboardApp, type DashboardApp } from '../../test/dashboard/dashboard-app.ts';
import { withAlternatesTables } from '../../server/alternates/tables.ts';
import { runBuild } from './build.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CSV = 'widget/compiler/__fixtures__/faq.csv';
const NEW = 'me cobraron con la de débito de otro banco';

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
}
const build = async (from: string, extra: object = {}) => {
  const tmp = await mkdtemp(join(tmpdir(), 'ayuda-build-alt-'));
  const { out, io } = capture();
  const code = await runBuild([CSV], { out: join(tmp, 'dist'), cwd: ROOT, widget: false, alternatesFrom: from, ...extra }, io);
  return { code, out, tmp, index: join(tmp, 'dist', 'faq-index.json') };
};
const search = async (file: string, q: string) => createSearchEngine(JSON.parse(await readFile(file, 'utf8')) as FaqIndex).search(q, { locale: 'es' });

let d: DashboardApp | undefined;
afterEach(async () => {
  await d?.close();
  d = undefined;
});

describe('ayuda build --alternates-from', () => {
  it('adds the wordings of a file to their entries before indexing, and warns about ids the FAQ lacks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ayuda-alt-'));
    const file = join(dir, 'alternates-demo.json');
    await writeFile(file, JSON.stringify({ 'pago-tarjeta': [NEW], 'no-such-entry': ['uno', 'dos'] }));
    const before = await build(join(dir, 'empty.json').replace('empty', 'missing'));
    expect(before.code).toBe(1);
    expect(before.out.stderr).toBe(`ayuda build: --alternates-from ${join(dir, 'missing.json')}: no such file; nothing written.\n`);
    expect(existsSync(before.index)).toBe(false);

    const { code, out, index } = await build(file);
    expect(code).toBe(0);
    expect(out.stderr).toBe('ayuda build: warning: --alternates-from: no entry "no-such-entry" in the FAQ; its 2 wordings were left out\n');
    expect(out.stdout).toMatch(new RegExp(`^ayuda build: 1 alternate added from ${file}\n`));
    const result = await search(index, NEW);
    expect([result.hits[0]?.id, result.decision]).toEqual(['pago-tarjeta', 'answered']);
  });

  it('fails with the reason on a bad file, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ayuda-alt-'));
    for (const [text, reason] of [['{"pago-tarjeta": "uno"}', '"pago-tarjeta": must be an array of wordings (strings)'], ['nope', 'not valid JSON']] as const) {
      const file = join(dir, 'bad.json');
      await writeFile(file, text);
      const { code, out, index } = await build(file);
      expect(code).toBe(1);
      expect(out.stderr).toContain(`ayuda build: --alternates-from ${file}: ${reason}`);
      expect(existsSync(index)).toBe(false);
    }
  });

  it("fetches the dashboard's export with a read-only token, and says why a request is refused", async () => {
    d = await dashboardApp();
    const admin = await d.as('admin');
    const k = withAlternatesTables(d.k);
    const { id } = await k.insertInto('alternate_candidates').values({ site: 'demo', entry: 'pago-tarjeta', wording: 'x', text: NEW, locale: 'es', status: 'accepted', decided_by: 'a', decided_at: 1, checked: null, unlike: 1, created_at: 1 }).returning('id').executeTakeFirstOrThrow();
    await k.insertInto('alternate_uses').values({ site: 'demo', session: 'sess-00000001', started_at: 1, candidate_id: id, at: 1 }).execute();
    const { token } = (await admin.request({ method: 'POST', url: '/dashboard/api/alternates/tokens', payload: { site: 'demo', name: 'CI' } })).json() as { token: string };
    const app = d.app;
    // The CLI's fetch, answered by the collector in-process.
    const viaApp = (async (url: string, init?: RequestInit) => {
      const res = await app.inject({ method: 'GET', url: new URL(url).pathname + new URL(url).search, headers: init?.headers as Record<string, string> });
      return new Response(res.body, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type']) } });
    }) as typeof fetch;
    const url = 'http://127.0.0.1:8787/dashboard/api/alternates/export.json?site=demo';

    const ok = await build(url, { token, fetch: viaApp });
    expect([ok.code, ok.out.stderr]).toEqual([0, '']);
    expect((await search(ok.index, NEW)).hits[0]?.id).toBe('pago-tarjeta');
    const anonymous = await build(url, { fetch: viaApp });
    expect(anonymous.out.stderr).toBe(`ayuda build: --alternates-from ${url}: HTTP 401: log in to the dashboard first, or send a read-only token (Authorization: Bearer …) (pass a read-only token with --token or AYUDA_TOKEN); nothing written.\n`);
    const other = await build(url.replace('demo', 'shop'), { token, fetch: viaApp });
    expect(other.out.stderr).toMatch(/HTTP 403: this token reads another site’s alternates; nothing written/);
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const down = await build(`http://127.0.0.1:${port}/export.json`, { token });
    expect(down.out.stderr).toMatch(/cannot fetch it \(ECONNREFUSED\); nothing written/);
  });
});
