/** `ayuda serve` refuses a bad configuration with the field named and exit code 1. */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runServe } from '../../cli/commands/serve.ts';
import { openDatabase } from '../../server/db/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'ayuda-serve-'));
const write = (name: string, content: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const serve = (opts: Partial<Parameters<typeof runServe>[0]>) =>
  runServe({ port: '0', host: '127.0.0.1', db: join(dir, 'x.db'), ...opts });

describe('ayuda serve', () => {
  it('exits 1 naming the bad field of the config', { timeout: 30_000 }, () => {
    const bad = write('bad.json', { sites: [{ key: 'demo', origins: 'http://localhost:5173' }] });
    const r = spawnSync(process.execPath, ['bin/ayuda.mjs', 'serve', '--config', bad, '--db', join(dir, 'x.db')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('sites[0].origins: must be an array of origins');
    expect(r.stdout).toBe('');
  });

  it('refuses a missing or broken config file and a bad port', async () => {
    await expect(serve({ config: join(dir, 'nope.json') })).rejects.toThrow(/nope\.json: cannot read config file \(ENOENT\)/);
    await expect(serve({ config: write('broken.json', '{') })).rejects.toThrow(/broken\.json: not valid JSON/);
    await expect(serve({ config: write('extra.json', { sites: [{ key: 'a', origins: [] }], sitez: [] }) })).rejects.toThrow(/extra\.json: sitez: unknown field/);
    await expect(serve({ port: 'http' })).rejects.toThrow(/--port: must be an integer 0-65535/);
    await expect(serve({ port: '70000' })).rejects.toThrow(/--port/);
  });

  it('names a read-only database as the cause, not the address it could not listen on', async () => {
    const db = join(dir, 'readonly.db');
    const made = await openDatabase(db);
    await made.close();
    const undo = makeReadOnly(db);
    try {
      await expect(serve({ db })).rejects.toThrow(/readonly\.db.*cannot be written.*SQLITE_READONLY/s);
      await expect(serve({ db })).rejects.not.toThrow(/cannot listen/);
    } finally {
      undo();
    }
  });
});

/** Make `file` read-only even for root (chattr +i where permissions do not apply); returns the undo. */
function makeReadOnly(file: string): () => void {
  chmodSync(file, 0o444);
  const root = process.getuid?.() === 0;
  if (root) execFileSync('chattr', ['+i', file]);
  return () => {
    if (root) execFileSync('chattr', ['-i', file]);
    chmodSync(file, 0o644);
  };
}
