/**
 * `npm run bench:outbox [-- --events 1000 --runs 5]`: the browser outbox, in
 * Chromium (Debian's, through playwright-core), with its real IndexedDB and
 * fetch, against the real collector on loopback (createCollector over a
 * temporary SQLite file, WAL). Per run, in a fresh page of the demo's origin:
 *   1. enqueue: `outbox.add()` of N search events, one after the other, each
 *      awaited (one IndexedDB transaction per event, as the widget does);
 *   2. flush: `outbox.flush()` until the collector has stored all N (rows
 *      counted in the SQLite file) and the outbox is empty;
 * then the same with the N adds started at once (`Promise.all`). Prints the
 * median and range over the runs, requests per run, and events/s. Prints
 * figures; asserts nothing but that every event arrived once.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { startDemo } from '../demo/server.ts';
import { createCollector } from '../server/app.ts';
import { defaultConfig } from '../server/config/config.ts';
import { openDatabase } from '../server/db/index.ts';
import { launchChromium } from '../test/browser/chromium.ts';

const { values: args } = parseArgs({ options: { events: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } } });
const EVENTS = Number(args.events);
const RUNS = Number(args.runs);

const dir = mkdtempSync(join(tmpdir(), 'ayuda-outbox-bench-'));
const dbFile = join(dir, 'ayuda.db');
const db = await openDatabase(dbFile);
const config = defaultConfig();
config.rateLimit.max = 1_000_000;
const collector = createCollector({ db, config });
const collectorUrl = await collector.listen({ port: 0, host: '127.0.0.1' });
// An empty page of the demo's origin, served over the network (Chromium lets such a page reach the loopback collector).
mkdirSync(join(dir, 'bench'));
writeFileSync(join(dir, 'bench/index.html'), '<!doctype html><title>outbox bench</title>');
const demo = await startDemo({
  port: 0,
  out: join(dir, 'demo'),
  collector: collectorUrl,
  mounts: [{ prefix: '/bench/', root: join(dir, 'bench'), csp: false }],
  io: { stdout: () => {}, stderr: (t) => void process.stderr.write(t) },
});
const chunk = readdirSync(demo.out).find((f) => /^outbox\.[0-9a-f]{8}\.js$/.test(f));
if (!chunk) throw new Error(`no outbox chunk in ${demo.out}`);
const reader = new Database(dbFile, { readonly: true });
const count = (): number => (reader.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
const browser = await launchChromium();

interface Run {
  enqueueMs: number;
  flushMs: number;
  totalMs: number;
  requests: number;
}

/** One run in a fresh context (empty IndexedDB). */
async function run(concurrent: boolean): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${demo.url}/bench/index.html`);
  const before = count();
  const timing = await page.evaluate(
    async ({ url, collector, events, concurrent }) => {
      type Outbox = {
        add(item: unknown): Promise<void>;
        flush(reason?: string): Promise<void>;
        pending(): Promise<number>;
        stats(): { requests: number };
      };
      const { startRecording } = (await import(url)) as { startRecording(c: object): { outbox: Outbox } };
      const { outbox } = startRecording({ collector, site: 'demo', lang: 'en', index: '' });
      const at = Date.now();
      const items = Array.from({ length: events }, (_, i) => {
        const id = `${(at + i).toString(36)}${Math.random().toString(36).slice(2, 12).padEnd(10, '0')}`;
        const body = {
          v: 1, id, type: 'search', site: 'demo', session: 'benchsessionbench01', at: at + i, locale: 'en', path: '/bench/index.html',
          query: `how do I return item number ${i} bought last week`, decision: 'none', reason: 'no_match',
          results: [{ id: 'devolver-pedido', score: 0.21 }, { id: 'plazo-devolucion', score: 0.18 }, { id: 'envio-urgente', score: 0.05 }],
        };
        return { id, kind: 'event', body };
      });
      const t0 = performance.now();
      if (concurrent) await Promise.all(items.map((item) => outbox.add(item)));
      else for (const item of items) await outbox.add(item);
      const t1 = performance.now();
      const deadline = performance.now() + 60_000;
      while ((await outbox.pending()) > 0) {
        if (performance.now() > deadline) throw new Error(`not delivered after 60 s: ${JSON.stringify(outbox.stats())}`);
        await outbox.flush('timer');
        await new Promise((r) => setTimeout(r, 0));
      }
      const t2 = performance.now();
      return { enqueueMs: t1 - t0, flushMs: t2 - t1, totalMs: t2 - t0, requests: outbox.stats().requests };
    },
    { url: `${demo.url}/ayuda/${chunk}`, collector: collectorUrl, events: EVENTS, concurrent },
  );
  const stored = count() - before;
  await context.close();
  if (stored !== EVENTS) throw new Error(`expected ${EVENTS} events stored, found ${stored}`);
  return timing;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]): string => `${median(xs).toFixed(0).padStart(6)} ms  (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

try {
  console.log(`outbox bench: ${EVENTS} events × ${RUNS} runs, Chromium ${browser.version()} (real IndexedDB, fetch) → collector ${collectorUrl} (SQLite WAL ${dbFile})`);
  for (const concurrent of [false, true]) {
    await run(concurrent); // warm-up: chunk compiled, collector's statements prepared
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(concurrent));
    console.log(`\n  adds ${concurrent ? 'started at once (Promise.all)' : 'one after the other, each awaited'}:`);
    console.log(`    enqueue ${EVENTS} (written to IndexedDB)   ${fmt(runs.map((r) => r.enqueueMs))}   ${(EVENTS / (median(runs.map((r) => r.enqueueMs)) / 1000)).toFixed(0)} events/s`);
    console.log(`    flush to the collector (stored)      ${fmt(runs.map((r) => r.flushMs))}   ${median(runs.map((r) => r.requests))} requests`);
    console.log(`    enqueue + flush                      ${fmt(runs.map((r) => r.totalMs))}   ${(EVENTS / (median(runs.map((r) => r.totalMs)) / 1000)).toFixed(0)} events/s`);
  }
  console.log(`\n  every event stored once: ${count()} rows for ${(RUNS + 1) * 2 * EVENTS} events sent`);
} finally {
  await browser.close();
  reader.close();
  await demo.close();
  await collector.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
