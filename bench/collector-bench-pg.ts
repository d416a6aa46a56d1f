/**
 * The PostgreSQL part of `npm run bench:collector -- --db postgres://…|local`
 * (./collector-bench.ts, which passes its collectors and request bodies in):
 * the same load through 1 and 2 collector processes on one database, with
 * the CPU each used.
 */
import type { ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import pg from 'pg';
import { redactUrl } from '../server/db/open-postgres.ts';
import { startPgServer } from '../test/pg/pg-server.ts';
import { autocannon, postEvents } from './lib/autocannon.ts';
import { cpuShares, cpuSnapshot } from './lib/cpu-shares.ts';

/** What the PostgreSQL runs borrow from ./collector-bench.ts. */
export interface LoadKit {
  startServer(db: string): Promise<{ child: ChildProcess; url: string }>;
  stop(child: ChildProcess): Promise<void>;
  /** A POST body of `events` events with fresh ids, tagged `run`. */
  body(events: number, run: string): string;
  connections: number;
  /** Seconds per measured run. */
  duration: number;
}

/** The same load on PostgreSQL, through `processes` collectors. */
async function runPostgres(dbUrl: string, processes: number, perBatch: number, kit: LoadKit): Promise<string> {
  const { body, connections: CONNECTIONS, duration: DURATION } = kit;
  const servers = await Promise.all(Array.from({ length: processes }, () => kit.startServer(dbUrl)));
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const count = async () => Number((await client.query<{ n: string }>('select count(*) as n from events')).rows[0]!.n);
  try {
    const load = (url: string, connections: number, duration: number, events: number) =>
      autocannon({ url, connections, duration, requests: [postEvents(() => body(events, `p${processes}b${events}`))] });
    await Promise.all(servers.map((s) => load(s.url, Math.max(1, Math.floor(CONNECTIONS / processes)), 2, 5)));
    const before = await count();
    const cpuBefore = cpuSnapshot(servers.map((s) => s.child.pid!));
    const results = await Promise.all(servers.map((s) => load(s.url, Math.max(1, Math.floor(CONNECTIONS / processes)), DURATION, perBatch)));
    const cpu = cpuShares(cpuBefore, cpuSnapshot(servers.map((s) => s.child.pid!)));
    const stored = (await count()) - before;
    const duration = Math.max(...results.map((r) => r.duration));
    return [
      `PostgreSQL, ${processes} process${processes > 1 ? 'es' : ''}`,
      `${perBatch}`,
      Math.round(results.reduce((n, r) => n + r.requests.average, 0)).toLocaleString('en'),
      Math.round(stored / duration).toLocaleString('en'),
      `${Math.max(...results.map((r) => r.latency.p50))}`,
      `${Math.max(...results.map((r) => r.latency.p99))}`,
      `${results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0)}`,
      cpu,
    ].join(' | ');
  } finally {
    await client.end();
    for (const s of servers) await kit.stop(s.child);
  }
}

/** `--db URL` (or `local`, a throwaway server from Debian's binaries): the load on PostgreSQL with 1 and 2 collectors. */
export async function comparePostgres(db: string, kit: LoadKit): Promise<void> {
  const CONNECTIONS = kit.connections;
  const local = db === 'local' ? await startPgServer() : undefined;
  try {
    const dbUrl = local ? await local.createDatabase() : db;
    console.log(`\nPostgreSQL ${local ? `(a throwaway server on port ${local.port})` : redactUrl(dbUrl)}: the same load, ${CONNECTIONS} connections in all`);
    console.log('| store | events/request | requests/s | events stored/s | p50 ms | p99 ms | non-2xx/errors | CPU used |');
    console.log('|---|---|---|---|---|---|---|---|');
    const stored: Record<string, number> = {};
    for (const processes of [1, 2]) {
      for (const perBatch of [1, 20]) {
        const line = await runPostgres(dbUrl, processes, perBatch, kit);
        stored[`${processes}:${perBatch}`] = Number(line.split(' | ')[3]!.replace(/,/g, ''));
        console.log(`| ${line} |`);
      }
    }
    console.log(`batches of 20, 2 processes vs 1: ${(stored['2:20']! / stored['1:20']!).toFixed(2)}× (target ≥ 1.5×)`);
    console.log(`(${availableParallelism()} cores: when "machine" is near ${availableParallelism() * 100}%, a second process has no core to run on, and the ratio measures the machine, not the collector)`);
  } finally {
    await local?.destroy();
  }
}

