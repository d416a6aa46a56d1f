import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuildLock } from './with-build-lock.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, '.tmp', `build-lock-${process.pid}`);
mkdirSync(DIR, { recursive: true });

/** Another process that takes `lock` and holds it until killed; resolves once it holds it. */
async function holder(lock: string) {
  const code = `import { withBuildLock } from './widget/build/with-build-lock.ts';
    await withBuildLock(${JSON.stringify(lock)}, () => { process.stdout.write('holding\\n'); return new Promise(() => {}); });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready, fail) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('holding') && ready());
    child.once('exit', (status) => fail(new Error(`holder exited ${status}`)));
  });
  return child;
}

describe('withBuildLock', () => {
  it('waits for a live holder, and takes the lock at once when the holder was killed -9 (not minutes later)', { timeout: 20_000 }, async () => {
    const lock = join(DIR, 'dashboard.lock');
    const child = await holder(lock);
    expect(readFileSync(lock, 'utf8')).toContain(String(child.pid));
    let killed = false;
    const waited = withBuildLock(lock, async () => {
      expect(killed).toBe(true); // never while the holder lives
      return Date.now();
    });
    const exited = new Promise((r) => child.once('exit', r));
    killed = true;
    const at = Date.now();
    child.kill('SIGKILL');
    await exited;
    const ran = await waited;
    expect(ran - at).toBeLessThan(5_000);
    expect(existsSync(lock)).toBe(false);
  });
});
