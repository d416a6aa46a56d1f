/**
 * Faults under load, on PostgreSQL: two `ayuda serve` processes on one
 * database, clients that send batches of events the way the widget's outbox
 * does (a batch leaves only once acknowledged; on a failure it is sent
 * again, here to whichever collector is up), then, under load, `kill -9` of
 * one collector and a restart of the database server. Counts what was
 * acknowledged, stored, lost (acknowledged, not stored) and stored twice.
 * Used by `npm run bench:pg-faults` (figures) and test/pg/faults.test.ts
 * (a smaller run, checked).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../server/db/index.ts';
import { makeBatch } from '../../server/testing/batches.ts';
import type { PgServer } from './pg-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface FaultRunOptions {
  server: PgServer;
  /** Batches sent in all (default 300). */
  batches?: number;
  /** Events per batch (default 20). */
  batchSize?: number;
  /** Clients sending at once (default 8). */
  clients?: number;
  log?: (line: string) => void;
}

export interface FaultReport {
  events: number;
  acknowledged: number;
  stored: number;
  lost: number;
  duplicated: number;
  /** Sends that failed and were made again (what the outbox resends). */
  resends: number;
  /** Acknowledged replies that counted some events as already stored (the resend of a batch stored before its reply was lost). */
  duplicateReplies: number;
  seconds: number;
}

interface Collector {
  child: ChildProcess;
  url: string;
  alive: boolean;
}

/** Collectors that ended by themselves (a crash), with their last words. */
const crashes: string[] = [];

async function startCollector(db: string, config: string): Promise<Collector> {
  const child = spawn(process.execPath, ['bin/ayuda.mjs', 'serve', '--port', '0', '--db', db, '--config', config], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const url = await new Promise<string>((res, rej) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (\S+)/.exec(out);
      if (m) res(m[1]!);
    });
    child.once('exit', (code) => rej(new Error(`ayuda serve exited ${code}: ${err}`)));
  });
  child.stdout!.resume();
  const collector = { child, url, alive: true };
  child.once('exit', (code, signal) => {
    if (collector.alive && signal !== 'SIGTERM') crashes.push(`collector exited (${code ?? signal}): ${err.slice(-2000)}`);
    collector.alive = false;
  });
  return collector;
}

async function stopCollector(c: Collector): Promise<void> {
  if (c.child.exitCode !== null || c.child.signalCode !== null) return;
  const exited = new Promise((r) => c.child.once('exit', r));
  c.child.kill('SIGTERM');
  await exited;
}

export async function runFaults(options: FaultRunOptions): Promise<FaultReport> {
  const { server, batches = 300, batchSize = 20, clients = 8, log = () => {} } = options;
  const url = await server.createDatabase();
  await (await openDatabase(url)).close(); // migrated once, before both start
  const config = join(mkdtempSync(join(tmpdir(), 'ayuda-faults-')), 'ayuda.config.json');
  writeFileSync(config, JSON.stringify({ sites: [{ key: 'demo', origins: ['http://localhost:*'] }], rateLimit: { max: 100_000_000 } }));
  const collectors = [await startCollector(url, config), await startCollector(url, config)];
  const started = performance.now();
  let acked = 0;
  let resends = 0;
  let duplicateReplies = 0;
  const acknowledged = new Set<string>();
  const milestones: { at: number; run: () => Promise<void> }[] = [
    {
      at: Math.floor(batches / 3),
      run: async () => {
        log(`  kill -9 collector 1 (after ${acked} batches acknowledged)`);
        collectors[0]!.alive = false;
        collectors[0]!.child.kill('SIGKILL');
      },
    },
    {
      at: Math.floor((2 * batches) / 3),
      run: async () => {
        log(`  restart the database server (after ${acked} batches acknowledged)`);
        await server.stop();
        await server.restart();
      },
    },
  ];
  let faults = Promise.resolve();

  let next = 0;
  async function client(n: number): Promise<void> {
    for (let i = next++; i < batches; i = next++) {
      const batch = makeBatch(batchSize, i * batchSize, 'demo', 'fault');
      const body = JSON.stringify(batch);
      for (let attempt = 0; ; attempt++) {
        const up = collectors.filter((c) => c.alive);
        if (!up.length) throw new Error(`no collector left: ${crashes.join('; ')}`);
        const target = up[(i + n + attempt) % up.length]!;
        try {
          const res = await fetch(`${target.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://localhost:5173' }, body, signal: AbortSignal.timeout(10_000) });
          if (res.status === 200) {
            const reply = (await res.json()) as { accepted: number; duplicates: number };
            if (reply.accepted + reply.duplicates !== batchSize) throw new Error(`reply counts ${reply.accepted} + ${reply.duplicates} for ${batchSize} events`);
            if (reply.duplicates) duplicateReplies++;
            for (const e of batch.events) acknowledged.add(e.id);
            acked++;
            for (const m of milestones.filter((m) => m.at === acked)) faults = faults.then(m.run);
            break;
          }
          await res.body?.cancel();
        } catch (err) {
          if (err instanceof Error && (err.message.startsWith('reply counts') || err.message.startsWith('no collector'))) throw err;
        }
        resends++;
        // The outbox's backoff, short: the next try is likely to find the other collector or the database back.
        await new Promise((r) => setTimeout(r, Math.min(20 * 2 ** attempt, 500)));
      }
    }
  }
  try {
    await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
    await faults;
    const seconds = (performance.now() - started) / 1000;
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const { rows } = await db.query<{ rows: string; ids: string }>('select count(*) as rows, count(distinct id) as ids from events');
      const stored = Number(rows[0]!.rows);
      const found = await db.query<{ n: string }>('select count(*) as n from events where id = any($1)', [[...acknowledged]]);
      if (crashes.length) throw new Error(`a collector crashed: ${crashes.join('; ')}`);
      return {
        events: batches * batchSize,
        acknowledged: acknowledged.size,
        stored,
        lost: acknowledged.size - Number(found.rows[0]!.n),
        duplicated: stored - Number(rows[0]!.ids),
        resends,
        duplicateReplies,
        seconds,
      };
    } finally {
      await db.end();
    }
  } finally {
    for (const c of collectors) await stopCollector(c);
  }
}
