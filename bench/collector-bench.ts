/**
 * `npm run bench:collector [-- --duration 10 --connections 10 --ids time|random|sequential --type search|answer_read]`: throughput of
 * the collector. Starts `ayuda serve` on loopback with a temporary database
 * (its own process, as in production), then drives POST /v1/events with
 * autocannon: batches of 1 event, then batches of 20, every event with a
 * fresh id. Prints requests/s, events stored/s (rows counted in the database),
 * p50/p99 latency, non-2xx replies, the largest WAL seen, and database + WAL
 * bytes per 100,000 events. Prints figures; asserts nothing.
 *
 * Targets (2-core machine): ≥ 5,000 req/s with single events, ≥ 20,000
 * events stored/s with batches of 20, p99 ≤ 50 ms, no non-2xx, WAL bounded.
 *
 * `AYUDA_BENCH_PROF=DIR` writes each collector's CPU profile there (node
 * --cpu-prof), to see where the time goes.
 *
 * `-- --grow N` (default 500,000) then stores batches of 20 until N events
 * are stored and prints events/s per 1 s stretch: the rate over the last
 * 150,000 stored against the rate from 50,000 to 200,000 (issue 13: ≥ 80%).
 *
 * `-- --db postgres://…` (or `--db local`: a throwaway server from Debian's
 * binaries, test/pg/pg-server.ts) then runs the same load on PostgreSQL with
 * 1 and with 2 collector processes (the connections split between them; p50
 * and p99 of the slower process). Target: 2 processes ≥ 1.5× one process
 * for batched events (./collector-bench-pg.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { makeEvent } from '../server/testing/batches.ts';
import type { EventType } from '../widget/src/events/schema.ts';
import { autocannon, EVENT_HEADERS, postEvents } from './lib/autocannon.ts';
import { comparePostgres } from './collector-bench-pg.ts';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    // time: time-ordered ids as the schema recommends; random: fully random ids; sequential: a counter.
    ids: { type: 'string', default: 'time' },
    // The event posted: search (an unanswered question, grouped) or answer_read, feedback… (not grouped).
    type: { type: 'string', default: 'search' },
    keep: { type: 'boolean', default: false },
    db: { type: 'string' },
    // Questions stored in a burst before the catch-up run (the grouping step's backlog).
    backlog: { type: 'string', default: '60000' },
    // Batches of 20 until this many events are stored, with events/s per stretch (0: skip).
    grow: { type: 'string', default: '500000' },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'ayuda-bench-'));
const dbFile = join(dir, 'bench.db');
const configFile = join(dir, 'ayuda.config.json');
writeFileSync(configFile, JSON.stringify({ sites: [{ key: 'demo', origins: ['http://localhost:*'] }], rateLimit: { max: 100_000_000 } }));

async function startServer(db = dbFile): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...(process.env.AYUDA_BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.AYUDA_BENCH_PROF}`] : []), 'bin/ayuda.mjs', 'serve', '--port', '0', '--db', db, '--config', configFile], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((ok, fail) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) ok(m[1]!);
    });
    child.on('exit', (code) => fail(new Error(`ayuda serve exited with ${code}`)));
  });
  return { child, url };
}

/** Stop a collector started by startServer and wait for it to exit. */
async function stop(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/**
 * Event JSON split around its id, session and time, so each request only
 * concatenates strings. Every 4 events make a customer's session (one
 * session for all would make every help session one endless visit).
 */
const [before, between, afterSession, after] = (() => {
  const e = makeEvent(0, args.type as EventType);
  const json = JSON.stringify({ ...e, session: '@session@', at: 1 });
  const [head, rest] = json.split(e.id) as [string, string];
  const [mid, tail] = rest.split('"@session@"') as [string, string];
  const [gap, end] = tail.split('"at":1') as [string, string];
  return [head, `${mid}"`, `"${gap}"at":`, end];
})();
let counter = 0;
const rand = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0');
/** Event ids as a browser would make them (see `--ids`); the counter keeps them unique. */
function eventId(run: string): string {
  const n = (counter++).toString(36);
  if (args.ids === 'random') return `${rand()}${rand()}-${n}`;
  if (args.ids === 'sequential') return `${run}-${n.padStart(8, '0')}`;
  return `${Date.now().toString(36)}${rand()}-${n}`;
}
function body(events: number, run: string): string {
  const parts: string[] = [];
  const now = Date.now();
  for (let i = 0; i < events; i++) parts.push(`${before}${eventId(run)}${between}sess-${run}-${Math.floor(counter / 4)}${afterSession}${now}${after}`);
  return `{"site":"demo","sent_at":${now},"events":[${parts.join(',')}]}`;
}

/** Unanswered questions, varied like customers' (other words, other sessions), posted as fast as the collector takes them. */
async function storeBacklog(url: string, n: number): Promise<void> {
  const words = ['devolver', 'factura', 'envío', 'contraseña', 'garantía', 'cancelar', 'tarjeta', 'dirección', 'cupón', 'talla'];
  const per = 100;
  for (let i = 0; i < n; i += per) {
    const events = Array.from({ length: Math.min(per, n - i) }, (_, j) => {
      const k = i + j;
      const e = makeEvent(k, 'search', 'demo', `backlog-${Date.now().toString(36)}`);
      return { ...e, reason: 'no_match' as const, session: `sess-backlog-${k}`, query: `${words[k % 10]} ${words[(k * 7) % 10]} pedido ${k % 97}` };
    });
    const res = await fetch(`${url}/v1/events`, { method: 'POST', headers: EVENT_HEADERS, body: JSON.stringify({ site: 'demo', sent_at: Date.now(), events }) });
    if (!res.ok) throw new Error(`backlog batch refused: ${res.status} ${await res.text()}`);
  }
}

/** Questions the grouping step has placed so far. */
function groupedBefore(): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare("select count(*) from sqlite_master where name = 'group_members'").pluck().get() as number) ? (db.prepare('select count(*) from group_members').pluck().get() as number) : 0;
  } finally {
    db.close();
  }
}

function rows(file = dbFile): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('select count(*) from events').pluck().get() as number;
  } finally {
    db.close();
  }
}
const size = (f: string) => {
  try {
    return statSync(f).size;
  } catch {
    return 0;
  }
};
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;

async function run(url: string, perBatch: number): Promise<string> {
  const rowsBefore = rows();
  let maxWal = 0;
  const sampler = setInterval(() => (maxWal = Math.max(maxWal, size(`${dbFile}-wal`))), 100);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [postEvents(() => body(perBatch, `b${perBatch}`))],
  });
  clearInterval(sampler);
  const stored = rows() - rowsBefore;
  const total = rows();
  const perHundredK = ((size(dbFile) + size(`${dbFile}-wal`)) * 100_000) / total;
  return [
    `${perBatch}`,
    Math.round(result.requests.average).toLocaleString('en'),
    Math.round(stored / result.duration).toLocaleString('en'),
    `${result.latency.p50}`,
    `${result.latency.p99}`,
    `${result.latency.p99_9}`,
    `${result.latency.max}`,
    `${result.non2xx + result.errors + result.timeouts}`,
    mib(maxWal),
    `${mib(size(dbFile))} + ${mib(size(`${dbFile}-wal`))} (${total.toLocaleString('en')} rows)`,
    mib(perHundredK),
  ].join(' | ');
}

/**
 * Issue 13: insert throughput as the table grows. Batches of 20 in stretches
 * of 1 s until `target` events are stored; prints events/s per stretch and
 * the rate over the last 150,000 against the rate from 50,000 to 200,000 (target ≥ 80%).
 */
async function grow(target: number): Promise<void> {
  if (!target) return;
  const file = join(dir, 'grow.db');
  const { child, url } = await startServer(file);
  try {
    await growTo(url, file, target);
  } finally {
    await stop(child);
  }
}
/** Stretches of 1 s: several fall in each window below (at ~40,000 events/s). */
const STRETCH_S = 1;
/** "At 100,000": the stretches that start from 50,000 to 200,000 stored (the first, before any background step ran, starts at 0). */
const LOW_WINDOW = [50_000, 200_000] as const;
/** "At the target": the stretches that start in the last 150,000. */
const HIGH_WINDOW = 150_000;
async function growTo(url: string, file: string, target: number): Promise<void> {
  const rates: { rows: number; rate: number; events: number; seconds: number }[] = [];
  console.log(`\nGrowing a new database's events table to ${target.toLocaleString('en')} (batches of 20, ${STRETCH_S} s stretches):`);
  console.log('| events stored before | events stored/s | db + WAL |');
  console.log('|---|---|---|');
  for (let stored = 0; stored < target; ) {
    const result = await autocannon({ url, connections: CONNECTIONS, duration: STRETCH_S, requests: [postEvents(() => body(20, 'grow'))] });
    const now = rows(file);
    rates.push({ rows: stored, rate: (now - stored) / result.duration, events: now - stored, seconds: result.duration });
    console.log(`| ${stored.toLocaleString('en')} | ${Math.round((now - stored) / result.duration).toLocaleString('en')} | ${mib(size(file) + size(`${file}-wal`))} |`);
    stored = now;
  }
  // Each rate over a window of stretches, not one: the background steps take their share of the thread
  // in slices, and one stretch can hold more of them than the next.
  const window = (from: number, to: number) => {
    const inside = rates.filter((r) => r.rows >= from && r.rows < to);
    return { rate: inside.reduce((sum, r) => sum + r.events, 0) / inside.reduce((sum, r) => sum + r.seconds, 0), stretches: inside.length };
  };
  const [low, high] = [window(LOW_WINDOW[0], LOW_WINDOW[1]), window(target - HIGH_WINDOW, Infinity)];
  const k = (n: number) => `${n / 1000}k`;
  console.log(
    `events/s from ${k(target - HIGH_WINDOW)} stored to ${k(target)} vs from ${k(LOW_WINDOW[0])} to ${k(LOW_WINDOW[1])} (${high.stretches} and ${low.stretches} stretches): ` +
      `${Math.round(high.rate).toLocaleString('en')} vs ${Math.round(low.rate).toLocaleString('en')}, ${((100 * high.rate) / low.rate).toFixed(0)}% (target ≥ 80%)`,
  );
}

const { child, url } = await startServer();
try {
  console.log(`collector ${url}, db ${dbFile}; ${CONNECTIONS} connections, ${DURATION} s per run, ${args.ids} ids; node ${process.version}`);
  // Warm up the JIT and the database file (not reported).
  await autocannon({ url, connections: CONNECTIONS, duration: 2, requests: [postEvents(() => body(5, 'warm'), { 'content-type': 'application/json' })] });
  console.log('| events/request | requests/s | events stored/s | p50 ms | p99 ms | p99.9 ms | max ms | non-2xx/errors | max WAL | db + WAL after | db + WAL per 100k events |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const perBatch of [1, 20]) console.log(`| ${await run(url, perBatch)} |`);
  // Issue 14 #10: a burst of unanswered questions, then single events while the grouping step catches up with them.
  const backlog = Number(args.backlog);
  if (backlog > 0) {
    const grouped = groupedBefore();
    const t = performance.now();
    await storeBacklog(url, backlog);
    const burst = performance.now() - t;
    console.log(`| 1, during a catch-up of ${backlog.toLocaleString('en')} questions (stored in ${(burst / 1000).toFixed(1)} s) | ${await run(url, 1)} |`);
    console.log(`grouped during the run: ${(groupedBefore() - grouped).toLocaleString('en')} of ${backlog.toLocaleString('en')}`);
  }
} finally {
  await stop(child);
  console.log(`after shutdown: db ${mib(size(dbFile))}, WAL ${mib(size(`${dbFile}-wal`))}`);
}
try {
  await grow(Number(args.grow));
  if (args.db) await comparePostgres(args.db, { startServer, stop, body, connections: CONNECTIONS, duration: DURATION });
} finally {
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
}
