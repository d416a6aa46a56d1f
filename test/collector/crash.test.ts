/**
 * Crash safety: `ayuda serve` is SIGKILLed five times while 10,000 events
 * arrive in batches. Every event acknowledged with a 2xx must survive, the
 * database must pass integrity_check, and resending everything must add
 * exactly the events that were never stored.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { BatchReply, EventBatch } from '../../widget/src/events/schema.ts';
import { makeBatch } from '../../server/testing/batches.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TOTAL = 10_000;
const PER_BATCH = 50;
const CONCURRENCY = 8;
const KILLS = 5;

const dir = mkdtempSync(join(tmpdir(), 'ayuda-crash-'));
const dbFile = join(dir, 'crash.db');
const configFile = join(dir, 'ayuda.config.json');
writeFileSync(configFile, JSON.stringify({ sites: [{ key: 'demo', origins: ['http://localhost:*'] }], rateLimit: { max: 1_000_000 } }));

const batches: EventBatch[] = Array.from({ length: TOTAL / PER_BATCH }, (_, i) => makeBatch(PER_BATCH, i * PER_BATCH, 'demo', 'crash'));
const children = new Set<ChildProcess>();

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/ayuda.mjs', 'serve', '--port', '0', '--db', dbFile, '--config', configFile], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
  return { child, url };
}

async function post(url: string, batch: EventBatch): Promise<BatchReply | undefined> {
  try {
    const res = await fetch(`${url}/v1/events`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(batch) });
    if (res.status >= 200 && res.status < 300) return (await res.json()) as BatchReply;
    await res.arrayBuffer();
    return undefined;
  } catch {
    return undefined; // connection refused or reset: the server was killed
  }
}

function readDb(): { ids: Set<string>; integrity: unknown } {
  const db = new Database(dbFile); // not read-only: opening recovers the WAL left by a kill
  try {
    const ids = new Set((db.prepare('select id from events').pluck().all() as string[]));
    return { ids, integrity: db.pragma('integrity_check', { simple: true }) };
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it('keeps every acknowledged event through five SIGKILLs', { timeout: 120_000 }, async () => {
    // Send every batch once, in order, 8 at a time; SIGKILL the server five
    // times along the way and restart it. Batches in flight at a kill are
    // not retried: they stay unacknowledged.
    const acked = new Set<number>();
    const perPhase = Math.floor(batches.length / (KILLS + 1));
    let cursor = 0;
    let server = await startServer();
    for (let phase = 0; phase <= KILLS; phase++) {
      const { child, url } = server;
      const killAt = phase < KILLS ? (phase + 1) * perPhase : Infinity;
      let killed = false;
      const exited = once(child, 'exit');
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (!killed && cursor < batches.length) {
            const i = cursor++;
            if (await post(url, batches[i]!)) acked.add(i);
            if (!killed && cursor >= killAt) {
              killed = true;
              child.kill('SIGKILL');
            }
          }
        }),
      );
      if (phase < KILLS) {
        await exited;
        server = await startServer();
      }
    }
    expect(cursor).toBe(batches.length);
    expect(acked.size).toBeLessThan(batches.length);
    expect(acked.size).toBeGreaterThan(batches.length / 2);

    // Every acknowledged event is stored; the file is sound. (Read beside the
    // running server: WAL lets another process read a consistent snapshot.)
    const before = readDb();
    expect(before.integrity).toBe('ok');
    const missing = [...acked].flatMap((i) => batches[i]!.events.map((e) => e.id)).filter((id) => !before.ids.has(id));
    expect(missing).toEqual([]);
    const unacknowledged = TOTAL - acked.size * PER_BATCH;

    // Resending everything stores exactly what is not there yet.
    const { child, url } = server;
    let accepted = 0;
    let duplicates = 0;
    cursor = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (cursor < batches.length) {
          const reply = await post(url, batches[cursor++]!);
          expect(reply).toBeDefined();
          accepted += reply!.accepted;
          duplicates += reply!.duplicates;
        }
      }),
    );
    expect(accepted).toBe(TOTAL - before.ids.size);
    expect(accepted).toBeLessThanOrEqual(unacknowledged);
    expect(duplicates).toBe(before.ids.size);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    expect((await exited)[0]).toBe(0);

    const after = readDb();
    expect(after.integrity).toBe('ok');
    expect(after.ids.size).toBe(TOTAL);
    console.log(`crash test: ${acked.size * PER_BATCH} events acknowledged before the resend, ${before.ids.size} stored, ${accepted} added by the resend`);
  });
});
