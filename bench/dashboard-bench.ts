/**
 * `npm run bench:dashboard`: the dashboard on a realistic database. Seeds
 * 100,000 events across 90 days into a fresh SQLite file (sessions that
 * search, read, rate, give up or ask for a human; unanswered questions from
 * BANKING77 train in English and the telco set in Spanish) through the
 * collector's own insertBatch, groups them with the background step, then
 * prints:
 *   - seeding and grouping throughput;
 *   - the groups view's server time (GET /dashboard/api/groups, in process),
 *     cold and warm p50/p95, for the default 30 days, all 90 days, filtered
 *     and sorted by growth (target ≤ 300 ms);
 *   - time to interactive of the first dashboard page in Chromium (target
 *     ≤ 1 s): navigation start → the groups table rendered and no long task
 *     running, cold cache and warm, median of 5.
 *   npm run bench:dashboard [-- --events 100000 --days 90 --keep]
 *   npm run bench:dashboard -- --db postgres://…   (or --db local: a throwaway PostgreSQL server, test/pg/pg-server.ts)
 *   --no-browser: the server-side figures only
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AyudaEvent } from '../widget/src/events/schema.ts';
import { groupingStepFor } from '../server/grouping/grouping-step.ts';
import { launchChromium } from '../test/browser/chromium.ts';
import { ADMIN, PASSWORD, startLiveDashboard } from '../test/dashboard/live-dashboard.ts';
import { DAY, eventId, store } from '../test/dashboard/seed.ts';
import { bankingTrain, EVAL_DIR, readRows } from './lib/banking77.ts';
import { rng as random } from './lib/splits.ts';
import { sql } from 'kysely';
import { isPostgresUrl, redactUrl } from '../server/db/open-postgres.ts';
import { startPgServer } from '../test/pg/pg-server.ts';


const { values: args } = parseArgs({ options: { events: { type: 'string', default: '100000' }, days: { type: 'string', default: '90' }, keep: { type: 'boolean', default: false }, db: { type: 'string' }, 'no-browser': { type: 'boolean', default: false } } });
const EVENTS = Number(args.events);
const DAYS = Number(args.days);

/** Sessions of 1-3 searches; a third unanswered; reads, ratings, give-ups and hand-offs as customers do. */
function seedEvents(): AyudaEvent[] {
  const r = random(42);
  const en = bankingTrain().map((x) => x.text);
  const es = readRows(`${EVAL_DIR}/telco/queries.csv`).map((x) => (x as unknown as { query: string }).query).filter(Boolean);
  const entries = ['card-delivery', 'top-up', 'exchange-rate', 'transfer', 'refund', 'pin', 'fees', 'factura', 'roaming'];
  const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)]!;
  const now = Date.now();
  const events: AyudaEvent[] = [];
  let s = 0;
  while (events.length < EVENTS) {
    const session = `sess-${(s++).toString(36).padStart(8, '0')}`;
    const spanish = r() < 0.15;
    const locale = spanish ? 'es' : 'en';
    // Busier recently (a product that grows) and on weekdays.
    let at = now - Math.floor(Math.pow(r(), 1.3) * DAYS * DAY);
    const base = { v: 1 as const, site: 'demo', session, locale, path: spanish ? '/ayuda' : '/help' };
    for (let k = 0, n = 1 + Math.floor(r() * 3); k < n && events.length < EVENTS; k++) {
      at += 5_000 + Math.floor(r() * 60_000);
      const query = pick(spanish ? es : en);
      const entry = pick(entries);
      const results = [{ id: entry, score: Math.round(r() * 100) / 100 }];
      if (r() < 0.66) {
        events.push({ ...base, id: eventId(at), at, type: 'search', query, decision: 'answered', results });
        if (r() < 0.6) events.push({ ...base, id: eventId(at + 1), at: at + 1, type: 'answer_read', entry, query });
        const rating = r();
        if (rating < 0.12) events.push({ ...base, id: eventId(at + 2), at: at + 2, type: 'feedback', query, entry, helpful: false });
        else if (rating < 0.4) events.push({ ...base, id: eventId(at + 2), at: at + 2, type: 'feedback', query, entry, helpful: true });
      } else {
        const decision = r() < 0.6 ? 'none' : 'weak';
        // As the widget records them: a search that found nothing showed no results.
        const shown = decision === 'none' ? [] : results;
        events.push({ ...base, id: eventId(at), at, type: 'search', query, decision, results: shown });
        const next = r();
        if (next < 0.3) events.push({ ...base, id: eventId(at + 3), at: at + 3, type: 'gave_up', query, results: shown });
        else if (next < 0.4) events.push({ ...base, id: eventId(at + 3), at: at + 3, type: 'handoff_requested', query });
      }
    }
  }
  // Events reach the collector in time order.
  return events.slice(0, EVENTS).sort((a, b) => a.at - b.at);
}

const ms = (x: number): string => `${x.toFixed(0)} ms`;
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const median = (xs: number[]): number => quantile(xs, 0.5);

const dir = mkdtempSync(join(tmpdir(), 'ayuda-dashboard-bench-'));
const pgLocal = args.db === 'local' ? await startPgServer() : undefined;
const file = pgLocal ? await pgLocal.createDatabase() : (args.db ?? join(dir, 'bench.db'));
const onPostgres = isPostgresUrl(file);
console.log(`Dashboard benchmark: ${EVENTS.toLocaleString('en-US')} events across ${DAYS} days, database ${onPostgres ? redactUrl(file) : file}`);
// The background step is off while seeding, so grouping is timed on its own below.
const live = await startLiveDashboard({ file, groupingIntervalMs: 0 });
try {
  let t = performance.now();
  const events = seedEvents();
  // 20 batches of 100 in flight at once, as many browsers would send them (the collector commits them together).
  const chunks: AyudaEvent[][] = [];
  for (let i = 0; i < events.length; i += 2000) chunks.push(events.slice(i, i + 2000));
  for (const chunk of chunks) {
    const batches: AyudaEvent[][] = [];
    for (let i = 0; i < chunk.length; i += 100) batches.push(chunk.slice(i, i + 100));
    await Promise.all(batches.map((b) => store(live.db, b)));
  }
  const seeded = performance.now() - t;
  const unanswered = (await live.k.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('reason', 'is not', null).executeTakeFirstOrThrow()).n;
  console.log(`  seeded in ${ms(seeded)} (${Math.round(EVENTS / (seeded / 1000)).toLocaleString('en-US')} events/s); ${Number(unanswered).toLocaleString('en-US')} unanswered`);

  t = performance.now();
  const grouped = await groupingStepFor(live.k).catchUp();
  const groupingMs = performance.now() - t;
  const groups = (await live.k.selectFrom('question_groups').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  console.log(`  grouped ${grouped.toLocaleString('en-US')} questions into ${Number(groups).toLocaleString('en-US')} groups in ${ms(groupingMs)} (${Math.round(grouped / (groupingMs / 1000)).toLocaleString('en-US')} questions/s, incremental: run once per new batch, not per page view)`);
  if (onPostgres) {
    const { rows } = await sql<{ bytes: number }>`select pg_database_size(current_database()) as bytes`.execute(live.k);
    console.log(`  PostgreSQL database ${(Number(rows[0]!.bytes) / 1024 / 1024).toFixed(1)} MiB`);
  } else {
    const size = statSync(file).size + (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    console.log(`  database + WAL ${(size / 1024 / 1024).toFixed(1)} MiB`);
  }

  // Log in through the API to get the session cookie.
  const session = await fetch(`${live.url}/dashboard/api/session`);
  const csrfCookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const login = await fetch(`${live.url}/dashboard/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: csrfCookie, 'x-csrf-token': csrfToken }, body: JSON.stringify({ email: ADMIN, password: PASSWORD }) });
  const sessionCookie = login.headers.getSetCookie().find((c) => c.startsWith('ayuda_session='))!.split(';')[0]!;

  console.log('\nGroups view, server time (GET /dashboard/api/groups, 50 groups a page; target ≤ 300 ms):');
  const views: [string, string][] = [
    ['default: last 30 days, by count', ''],
    [`all ${DAYS} days, by count`, `from=${new Date(Date.now() - (DAYS - 1) * DAY).toISOString().slice(0, 10)}`],
    [`all ${DAYS} days, by growth`, `from=${new Date(Date.now() - (DAYS - 1) * DAY).toISOString().slice(0, 10)}&sort=growth`],
    ['30 days, Spanish, gave up', 'lang=es&reason=gave_up'],
    ['30 days, page 3', 'offset=100'],
  ];
  for (const [label, query] of views) {
    const times: number[] = [];
    let total = '';
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      const res = await live.app.inject({ method: 'GET', url: `/dashboard/api/groups?${query}`, headers: { cookie: sessionCookie } });
      times.push(performance.now() - start);
      if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body.slice(0, 200)}`);
      const body = res.json() as { total_groups: number; total_questions: number };
      total = `${body.total_groups.toLocaleString('en-US')} groups, ${body.total_questions.toLocaleString('en-US')} questions`;
    }
    const [cold, ...warm] = times;
    console.log(`  ${label.padEnd(34)} cold ${ms(cold!).padStart(7)}  warm p50 ${ms(median(warm)).padStart(7)}  p95 ${ms(quantile(warm, 0.95)).padStart(7)}   (${total})`);
  }

  if (!args['no-browser']) {
    console.log('\nFirst dashboard page in Chromium, time to interactive (target ≤ 1 s):');
    const browser = await launchChromium();
    try {
      const url = new URL(live.url);
      const newContext = async () => {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        await context.addCookies([{ name: 'ayuda_session', value: sessionCookie.split('=')[1]!, domain: url.hostname, path: '/dashboard', httpOnly: true, sameSite: 'Lax' }]);
        await context.addInitScript(() => {
          const w = window as unknown as { __longTasksEnd: number; __rows: number };
          w.__longTasksEnd = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__longTasksEnd = Math.max(w.__longTasksEnd, e.startTime + e.duration);
          }).observe({ type: 'longtask', buffered: true });
          new MutationObserver((_m, observer) => {
            if (document.querySelector('table.groups tbody tr')) {
              w.__rows = performance.now();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        });
        return context;
      };
      /** Navigation start → first contentful paint, groups table rendered, and interactive (table there and the last long task over). */
      const visit = async (page: import('playwright-core').Page) => {
        await page.goto(`${live.url}/dashboard/`);
        await page.locator('table.groups tbody tr').first().waitFor();
        await page.waitForTimeout(300);
        return page.evaluate(() => {
          const w = window as unknown as { __longTasksEnd: number; __rows: number };
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
          return { fcp, rows: w.__rows, tti: Math.max(w.__rows, w.__longTasksEnd) };
        });
      };
      const report = (label: string, runs: { fcp: number; rows: number; tti: number }[]): void => {
        console.log(`  ${label.padEnd(40)} FCP ${ms(median(runs.map((x) => x.fcp))).padStart(6)}  groups table ${ms(median(runs.map((x) => x.rows))).padStart(6)}  interactive ${ms(median(runs.map((x) => x.tti))).padStart(6)}  (median of ${runs.length}; worst interactive ${ms(Math.max(...runs.map((x) => x.tti)))})`);
      };
      const cold = [];
      for (let i = 0; i < 5; i++) {
        const context = await newContext();
        cold.push(await visit(await context.newPage()));
        await context.close();
      }
      report('first visit (empty cache)', cold);
      const context = await newContext();
      const page = await context.newPage();
      await visit(page);
      const warm = [];
      for (let i = 0; i < 5; i++) warm.push(await visit(page));
      await context.close();
      report('repeat visit (HTTP cache warm)', warm);
    } finally {
      await browser.close();
    }
  }
} finally {
  await live.close();
  await pgLocal?.destroy();
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`\nkept ${file}`);
}
