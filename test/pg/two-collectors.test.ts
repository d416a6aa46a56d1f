/**
 * Two collector processes on one PostgreSQL database (two Fastify apps in
 * this test process, each with its own pool, as two `ayuda serve` would
 * have): events sent to both are stored once with the duplicate counts the
 * widget relies on; the grouping step runs in one process at a time and
 * each picks up where the other stopped; each hand-off delivery is sent once.
 * Runs in vitest's `postgres` project only (vitest.config.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createCollector } from '../../server/app.ts';
import { parseConfig, type CollectorConfig } from '../../server/config/config.ts';
import { openDatabase, type CollectorDb } from '../../server/db/index.ts';
import { withDashboardTables } from '../../server/db/dashboard-schema.ts';
import { groupingStepFor } from '../../server/grouping/grouping-step.ts';
import { handoffTables } from '../../server/handoff/tables.ts';
import { startWebhookReceiver } from '../../demo/sinks/webhook-receiver.ts';
import { makeBatch } from '../../server/testing/batches.ts';
import { Client, PASSWORD, stubDist } from '../dashboard/dashboard-app.ts';
import { createUser } from '../../server/auth/users.ts';
import { T0, unanswered } from '../dashboard/seed.ts';
import { handoffConfig, WEBHOOK_SECRET } from '../handoff/collector.ts';
import { makeRecord } from '../handoff/records.ts';
import { testDatabase } from './test-store.ts';
import pg from 'pg';
import { EVENT_COLUMNS, rowValues, toRow } from '../../server/db/event-rows.ts';
import { REFERENCE_ALPHABET } from '../../widget/src/handoff/reference.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

interface Process {
  app: FastifyInstance;
  db: CollectorDb;
}

/** One collector "process": its own pool on the shared database. */
async function start(url: string, config = handoffConfig(), options: { dashboard?: boolean; baseDelayMs?: number } = {}): Promise<Process> {
  const db = await openDatabase(url);
  const app = createCollector({
    db,
    config,
    dashboard: options.dashboard ? { distDir: stubDist(), build: false, groupingIntervalMs: 0, freshMs: Infinity } : false,
    handoffDelivery: { baseDelayMs: options.baseDelayMs ?? 50 },
  });
  await app.ready();
  closers.push(async () => {
    await app.close();
    await db.close();
  });
  return { app, db };
}

/** The hand-off tests' config, without their low rate limit. */
const roomy = (config: CollectorConfig): CollectorConfig => ({
  ...config,
  rateLimit: { ...config.rateLimit, max: 10_000 },
  handoffLimits: { perAddressPerMinute: 10_000, perContactPerMinute: 10_000, perSitePerMinute: 10_000, untrustedPerSitePerHour: 10_000 },
});

/** A distinct valid reference per hand-off. */
const reference = (i: number): string => `AY-${REFERENCE_ALPHABET[Math.floor(i / 30) % 30]}${REFERENCE_ALPHABET[i % 30]}2-QQQ`;

const postEvents = (p: Process, batch: unknown) =>
  p.app.inject({ method: 'POST', url: '/v1/events', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify(batch) });
const postHandoff = (p: Process, body: unknown) =>
  p.app.inject({ method: 'POST', url: '/v1/handoffs', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify(body) });

describe('two collectors on one PostgreSQL database', () => {
  it('store each event id once, whichever process receives it, with the duplicate counts of one process', async () => {
    const url = await testDatabase();
    const config = parseConfig({ sites: [{ key: 'demo', origins: ['http://localhost:5173'] }], rateLimit: { max: 10_000, timeWindowMs: 60_000 } });
    const [a, b] = [await start(url, config), await start(url, config)];
    // The same 40 batches of 20 sent to both at once (an outbox resending to another process), and 10 to one only.
    const batches = Array.from({ length: 50 }, (_, i) => makeBatch(20, i * 20, 'demo', `b${i}`));
    const replies = await Promise.all(batches.flatMap((batch, i) => (i < 40 ? [postEvents(a, batch), postEvents(b, batch)] : [postEvents(i % 2 ? a : b, batch)])));
    expect(replies.every((r) => r.statusCode === 200)).toBe(true);
    const bodies = replies.map((r) => r.json() as { accepted: number; duplicates: number });
    expect(bodies.reduce((n, r) => n + r.accepted, 0)).toBe(1000);
    expect(bodies.reduce((n, r) => n + r.duplicates, 0)).toBe(800);
    const count = await a.db.kysely.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(count.n).toBe(1000);
  });

  it('group in one process at a time, each resuming where the other stopped, every question once', async () => {
    const url = await testDatabase();
    const [a, b] = [await start(url, undefined, { dashboard: true }), await start(url, undefined, { dashboard: true })];
    const steps = [a, b].map((p) => groupingStepFor(withDashboardTables(p.db.kysely)));
    const k = withDashboardTables(a.db.kysely);
    // The invoice questions first reach the groups in round 2, grouped by B: A must not make groups of its own for them in round 3.
    const first = ['¿Cuándo llega mi reembolso?', 'reembolso no llega', 'mi reembolso cuando llega'];
    const wordings = [...first, 'factura con otro NIF', 'factura a nombre de otro NIF'];
    let n = 0;
    const round = async (via: Process, queries: string[]) => {
      const events = queries.map((query) => unanswered({ query, at: T0 + n++ * 60_000, reason: 'no_match' }));
      expect((await postEvents(via, { site: 'demo', sent_at: Date.now(), events })).statusCode).toBe(200);
    };
    // Round 1 grouped by A; round 2 by B (which reads A's groups); round 3 by A again (A's groupers are behind B's writes).
    await round(a, first);
    await steps[0]!.catchUp();
    await round(b, wordings);
    await steps[1]!.catchUp();
    await round(a, wordings);
    await round(b, wordings);
    // Both at once, several times: one takes each run, the other leaves it.
    await Promise.all([steps[0]!.catchUp(), steps[1]!.catchUp(), steps[0]!.catchUp(), steps[1]!.catchUp()]);
    await steps[1]!.catchUp();

    const members = await k.selectFrom('group_members').select(['event_id', 'group_id', 'question']).execute();
    expect(members).toHaveLength(first.length + 3 * wordings.length);
    const phrasings = await k.selectFrom('group_phrasings').select(['group_id', 'phrasing', 'count']).execute();
    expect(phrasings.reduce((s, p) => s + p.count, 0)).toBe(members.length);
    // Each wording's questions (one per round) in one group, whichever process grouped them.
    const groupsOf = new Map<string, Set<number>>();
    for (const m of members) groupsOf.set(m.question ?? '', (groupsOf.get(m.question ?? '') ?? new Set()).add(m.group_id));
    expect([...groupsOf.values()].map((s) => s.size)).toEqual(wordings.map(() => 1));
    const live = await k.selectFrom('question_groups').select(['id', 'size']).where('merged_into', 'is', null).execute();
    const byGroup = new Map<number, number>();
    for (const m of members) byGroup.set(m.group_id, (byGroup.get(m.group_id) ?? 0) + 1);
    expect(new Set(live.map((g) => g.id))).toEqual(new Set(byGroup.keys()));
    expect(await k.selectFrom('grouping_cursor').select('last_rowid').where('name', '=', 'events').executeTakeFirstOrThrow()).toEqual({ last_rowid: members.length });
  });

  it('group an event whose transaction commits after a later one was grouped (sequence numbers are taken before commit)', async () => {
    const url = await testDatabase();
    const a = await start(url, undefined, { dashboard: true });
    const step = groupingStepFor(withDashboardTables(a.db.kysely));
    const slow = new pg.Client({ connectionString: url });
    await slow.connect();
    closers.push(() => slow.end());
    const late = toRow(unanswered({ query: 'cambiar la dirección de envío', at: T0, reason: 'no_match' }), Date.now());
    await slow.query('begin');
    await slow.query(`insert into events (${EVENT_COLUMNS.join(', ')}) values (${EVENT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`, rowValues(late));
    // A later event, committed first: its seq is greater than the open transaction's.
    expect((await postEvents(a, { site: 'demo', sent_at: Date.now(), events: [unanswered({ query: 'dirección de envío equivocada', at: T0 + 1, reason: 'no_match' })] })).statusCode).toBe(200);
    await step.catchUp();
    await slow.query('commit');
    await step.catchUp();
    const members = await withDashboardTables(a.db.kysely).selectFrom('group_members').select('event_id').execute();
    expect(members.map((m) => m.event_id)).toContain(late.id);
    expect(members).toHaveLength(2);
  });

  it('keep a dashboard login and its CSRF token whichever process answers', async () => {
    const url = await testDatabase();
    const [a, b] = [await start(url, undefined, { dashboard: true }), await start(url, undefined, { dashboard: true })];
    await createUser(withDashboardTables(a.db.kysely), { email: 'lead@example.com', role: 'admin', password: PASSWORD });
    const onA = new Client(a.app);
    expect((await onA.login('lead@example.com')).statusCode).toBe(200);
    const onB = new Client(b.app);
    onB.cookies = new Map(onA.cookies);
    onB.csrf = onA.csrf;
    expect((await onB.get('/dashboard/api/session')).json()).toMatchObject({ user: { email: 'lead@example.com', role: 'admin' } });
    expect((await onB.request({ method: 'POST', url: '/dashboard/api/logout', csrf: false })).statusCode).toBe(403);
    expect((await onB.request({ method: 'POST', url: '/dashboard/api/logout' })).statusCode).toBe(200);
    // Logged out on B: A no longer knows the session either.
    expect((await onA.get('/dashboard/api/session')).json()).toMatchObject({ user: null });
  });

  it('send each hand-off delivery once, though both processes run the due ones', async () => {
    const hooks = await startWebhookReceiver(WEBHOOK_SECRET);
    closers.push(() => hooks.close());
    const url = await testDatabase();
    // Hand-offs whose first attempt failed (receiver unreachable), their retries due when both processes start.
    const seed = await start(url, roomy(handoffConfig({ webhookUrl: 'http://127.0.0.1:9/unreachable' })), { baseDelayMs: 60_000 });
    const N = 30;
    for (let i = 0; i < N; i++) expect((await postHandoff(seed, makeRecord({ reference: reference(i) }, i + 1))).statusCode).toBe(200);
    const log = handoffTables(seed.db.kysely);
    await vi.waitFor(async () => expect(await log.selectFrom('handoff_delivery_log').select('id').execute()).toHaveLength(N), { timeout: 20_000, interval: 20 });
    await closers.pop()!();
    const admin = await openDatabase(url);
    closers.push(() => admin.close());
    await handoffTables(admin.kysely).updateTable('handoff_deliveries').set({ next_at: Date.now() }).execute();

    const config = roomy(handoffConfig({ webhookUrl: hooks.url }));
    const [a, b] = [await start(url, config), await start(url, config)];
    // And hand-offs arriving at both, each stored by one.
    for (let i = N; i < 2 * N; i++) expect((await postHandoff(i % 2 ? a : b, makeRecord({ reference: reference(i) }, i + 1))).statusCode).toBe(200);
    await hooks.waitForAccepted(2 * N, 20_000);
    const deliveries = handoffTables(admin.kysely);
    await vi.waitFor(async () => expect((await deliveries.selectFrom('handoff_deliveries').select('status').where('status', '=', 'pending').execute()).length).toBe(0), { timeout: 20_000, interval: 20 });
    expect(hooks.requests).toHaveLength(2 * N);
    expect(new Set(hooks.accepted().map((p) => p.id)).size).toBe(2 * N);
    const ok = await deliveries.selectFrom('handoff_delivery_log').select('handoff_id').where('ok', '=', 1).execute();
    expect(ok).toHaveLength(2 * N);
  });
});
