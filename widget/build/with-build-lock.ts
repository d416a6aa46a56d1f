/**
 * Run `fn` holding the lock file `lock` (created exclusively), so concurrent
 * callers (parallel `ayuda build`s, test workers, `ayuda serve`) build one at
 * a time. The lock holds its holder's pid and host: a lock whose holder on
 * this host is dead (killed -9 midway through a build) is taken over at
 * once. A lock without a pid, or from another host, is taken over once
 * older than 2 minutes; waiting more than 3 minutes fails.
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Create `lock` holding "pid host", atomically (a link of a complete file), or throw EEXIST. */
function create(lock: string): void {
  const own = `${lock}.${process.pid}`;
  const fd = openSync(own, 'w');
  try {
    writeSync(fd, `${process.pid} ${hostname()}\n`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(own, lock);
  } finally {
    rmSync(own, { force: true });
  }
}

/** Whether process `pid` is alive (EPERM: it is, as another user's). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const read = (lock: string): string | undefined => {
  try {
    return readFileSync(lock, 'utf8');
  } catch {
    return undefined; // gone already: the next try creates it
  }
};

/** The content of `lock` if it was left by a holder that is gone: dead on this host, or (without a pid) older than 2 minutes. */
function stale(lock: string): string | undefined {
  const text = read(lock);
  if (text === undefined) return undefined;
  const [pid, host] = text.trim().split(' ');
  if (pid && /^\d+$/.test(pid) && host === hostname()) return alive(Number(pid)) ? undefined : text;
  const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
  return age > 120_000 ? text : undefined;
}

export async function withBuildLock<T>(lock: string, fn: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(lock), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      create(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const left = stale(lock);
      if (left !== undefined) {
        // Left by a killed build; removed only if no other waiter has taken it over meanwhile.
        if (read(lock) === left) rmSync(lock, { force: true });
        continue;
      }
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
