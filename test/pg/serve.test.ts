/**
 * `ayuda serve` on PostgreSQL: `--db postgres://…`, or DATABASE_URL with no
 * --db, stores events there and prints the URL without its password.
 * Runs in vitest's `postgres` project only (vitest.config.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/index.ts';
import { makeBatch } from '../../server/testing/batches.ts';
import { testDatabase } from './test-store.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
});

/** Start `ayuda serve`; resolves with its URL and what it printed once listening. */
async function serve(args: string[], env: Record<string, string> = {}): Promise<{ url: string; out: string }> {
  const config = join(mkdtempSync(join(tmpdir(), 'ayuda-serve-pg-')), 'ayuda.config.json');
  writeFileSync(config, JSON.stringify({ sites: [{ key: 'demo', origins: ['http://localhost:5173'] }] }));
  const child = spawn(process.execPath, ['bin/ayuda.mjs', 'serve', '--port', '0', '--config', config, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  children.push(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((res, rej) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (\S+)[\s\S]*config /.exec(out);
      if (m) res({ url: m[1]!, out });
    });
    child.once('exit', (code) => rej(new Error(`ayuda serve exited ${code}: ${err}`)));
  });
}

const send = (url: string, batch: unknown) =>
  fetch(`${url}/v1/events`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://localhost:5173' }, body: JSON.stringify(batch) });

describe('ayuda serve on PostgreSQL', () => {
  it('stores events in the database of --db postgres://…, or of DATABASE_URL', async () => {
    const url = await testDatabase();
    const withPassword = url.replace('ayuda@', 'ayuda:s3cret@');
    const a = await serve(['--db', withPassword]);
    expect(a.out).toContain('database postgres://ayuda:***@127.0.0.1');
    expect(a.out).not.toContain('s3cret');
    const b = await serve([], { DATABASE_URL: url });
    const batch = makeBatch(5);
    const replies = await Promise.all([send(a.url, batch), send(b.url, batch)]);
    const bodies = (await Promise.all(replies.map((r) => r.json()))) as { accepted: number; duplicates: number }[];
    expect(bodies.reduce((n, r) => n + r.accepted, 0)).toBe(5);
    expect(bodies.reduce((n, r) => n + r.duplicates, 0)).toBe(5);
    expect((await fetch(`${b.url}/healthz`)).status).toBe(200);
    const db = await openDatabase(url);
    try {
      expect((await db.kysely.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n).toBe(5);
    } finally {
      await db.close();
    }
  });
});
