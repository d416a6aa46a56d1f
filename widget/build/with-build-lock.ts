/**
 * Run `fn` holding the lock file `lock` (created exclusively), so concurrent
 * callers (parallel `ayuda build`s, test workers, `ayuda serve`) build one at
 * a time. A lock older than 2 minutes was left by a killed build and is taken
 * over; waiting more than 3 minutes fails.
 */
import { closeSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function withBuildLock<T>(lock: string, fn: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(lock), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { force: true }); // left by a killed build
      if (Date.now() - started > 180_000) throw new Error(`timed out waiting for ${lock}`);
      await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}
