/**
 * The background step that learns alternates from customers who found their
 * answer. Like the grouping step (server/grouping/grouping-step.ts), it
 * reads the events stored since its cursor, in one short transaction per
 * chunk, and pages only aggregate what it wrote:
 * 1. *collect*: each browser session's events join its open help session
 *    (`alternate_pending`); a help session closed by a pause over 30
 *    minutes (or older than that now) is judged (./help-sessions.ts). One
 *    that ended resolved with a question fit to propose (./proposal.ts)
 *    adds its wording to `alternate_candidates` for the entry, once per
 *    site, entry and folded wording, and counts once in `alternate_uses`.
 * 2. *check*: each proposed wording is searched with the site's own FAQ
 *    engine (server/sites/faq-catalog.ts) in the entry's locale, again
 *    after every new build: a proposal is shown only while the FAQ does
 *    not already answer it with its entry.
 * An event that arrives after its help session was judged starts a new one.
 */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import type { FaqCatalog } from '../sites/faq-catalog.ts';
import { readCursor, saveCursor } from '../db/cursors.ts';
import { dialectOf } from '../db/dialect/index.ts';
import { createSlicer, inSlices } from '../db/slices.ts';
import { chunks } from '../db/chunks.ts';
import { HELP_GAP_MS, resolution, splitHelpSessions, type HelpEvent, type Resolution } from './help-sessions.ts';
import { fitOf, proposable, wordingKey } from './proposal.ts';
import { withAlternatesTables, type AlternatePendingTable, type AlternatesSchema } from './tables.ts';

/** Events read per transaction (about 20 ms). */
export const CHUNK = 1000;
/** Wordings searched per run (about 60 ms). */
export const CHECKS = 200;
/** Most events kept of one open help session. */
const MAX_PENDING_EVENTS = 300;
const CURSOR = 'alternates';

export interface AlternatesStep {
  /** Collect and check what arrived since the last run; resolves with the rows handled. */
  run(limit?: number): Promise<number>;
  /** Run until everything is handled, or until `maxMs` have passed. */
  catchUp(maxMs?: number): Promise<number>;
}

type Compact = [type: string, at: number, entry: string | null, query: string | null, helpful: number | null, reason: string | null, locale: string];

interface Judged {
  site: string;
  session: string;
  startedAt: number;
  resolved: Resolution;
}

function bySite<T extends { site: string }>(items: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.site);
    if (list) list.push(item);
    else out.set(item.site, [item]);
  }
  return out;
}

const toCompact = (e: HelpEvent): Compact => [e.type, e.at, e.entry, e.query, e.helpful === null ? null : e.helpful ? 1 : 0, e.reason, e.locale];
const fromCompact = ([type, at, entry, query, helpful, reason, locale]: Compact): HelpEvent => ({ type, at, entry, query, helpful: helpful === null ? null : helpful === 1, reason, locale });

/**
 * @example
 * const step = createAlternatesStep(withDashboardTables(db.kysely), faqs);
 * await step.catchUp();
 */
export function createAlternatesStep(kysely: Kysely<DashboardSchema>, faqs: FaqCatalog, options: { now?: () => number } = {}): AlternatesStep {
  const db = withAlternatesTables(kysely);
  const now = options.now ?? Date.now;
  let queue: Promise<unknown> = Promise.resolve();

  /** The help sessions judged resolved with a question to propose: one wording per site, entry and folded text, each session counted once. */
  async function record(trx: Kysely<AlternatesSchema>, judged: Judged[], at: number): Promise<void> {
    if (!judged.length) return;
    const candidates = judged.map(({ site, resolved: r }) => ({ site, entry: r.entry, wording: wordingKey(r.query), text: r.query.slice(0, 500), locale: r.locale, status: 'proposed' as const, created_at: at }));
    for (const part of chunks(candidates, 500)) {
      await trx.insertInto('alternate_candidates').values(part).onConflict((oc) => oc.columns(['site', 'entry', 'wording']).doNothing()).execute();
    }
    const ids = new Map<string, number>();
    for (const [site, list] of bySite(candidates)) {
      for (const part of chunks([...new Set(list.map((c) => c.wording))], 500)) {
        for (const row of await trx.selectFrom('alternate_candidates').select(['id', 'entry', 'wording']).where('site', '=', site).where('wording', 'in', part).execute()) {
          ids.set(`${site}\u0000${row.entry}\u0000${row.wording}`, row.id);
        }
      }
    }
    const uses = judged.map(({ site, session, startedAt, resolved: r }, i) => ({ site, session, started_at: startedAt, candidate_id: ids.get(`${site}\u0000${r.entry}\u0000${candidates[i]!.wording}`)!, at: r.at }));
    for (const part of chunks(uses, 500)) {
      await trx.insertInto('alternate_uses').values(part).onConflict((oc) => oc.columns(['site', 'session', 'started_at']).doNothing()).execute();
    }
  }

  async function collect(limit: number): Promise<number> {
    return kysely.transaction().execute(async (base) => {
      const trx = withAlternatesTables(base);
      const t = now();
      // One process at a time (PostgreSQL: an advisory lock); another one's run is not waited for.
      if (!(await dialectOf(base).lockStep(base, 'alternates', false))) return 0;
      const cursor = await readCursor(base, CURSOR);
      const rows = await dialectOf(trx)
        .eventsAfter(trx.selectFrom('events').select(['site', 'session', 'type', 'at', 'entry', 'query', 'helpful', 'reason', 'locale']), cursor)
        .limit(limit)
        .execute();
      const sessions = new Map<string, { site: string; session: string; events: HelpEvent[] }>();
      const of = (site: string, session: string) => {
        const k = `${site}\u0000${session}`;
        let s = sessions.get(k);
        if (!s) sessions.set(k, (s = { site, session, events: [] }));
        return s;
      };
      const pending: AlternatePendingTable[] = [];
      for (const [site, list] of bySite(rows)) {
        for (const part of chunks([...new Set(list.map((r) => r.session))], 500)) {
          pending.push(...(await trx.selectFrom('alternate_pending').selectAll().where('site', '=', site).where('session', 'in', part).execute()));
        }
      }
      // Open help sessions that have been quiet long enough are closed now.
      pending.push(...(await trx.selectFrom('alternate_pending').selectAll().where('last_at', '<', t - HELP_GAP_MS).limit(500).execute()));
      for (const p of pending) {
        const s = of(p.site, p.session);
        if (!s.events.length) s.events.push(...(JSON.parse(p.events) as Compact[]).map(fromCompact));
      }
      for (const r of rows) of(r.site, r.session).events.push({ type: r.type, at: r.at, entry: r.entry, query: r.query, helpful: r.helpful === null ? null : r.helpful === 1, reason: r.reason, locale: r.locale });

      const judged: Judged[] = [];
      const keep: AlternatePendingTable[] = [];
      const done: { site: string; session: string }[] = [];
      for (const { site, session, events } of sessions.values()) {
        const help = splitHelpSessions(events);
        const open = help[help.length - 1]!;
        const lastAt = open[open.length - 1]!.at;
        const closed = t - lastAt > HELP_GAP_MS ? help : help.slice(0, -1);
        for (const h of closed) {
          const resolved = resolution(h);
          if (resolved && proposable(resolved.query)) judged.push({ site, session, startedAt: h[0]!.at, resolved });
        }
        if (closed.length === help.length) done.push({ site, session });
        else keep.push({ site, session, last_at: lastAt, events: JSON.stringify(open.slice(-MAX_PENDING_EVENTS).map(toCompact)) });
      }
      await record(trx, judged, t);
      for (const [site, list] of bySite(done)) {
        for (const part of chunks(list.map((d) => d.session), 500)) await trx.deleteFrom('alternate_pending').where('site', '=', site).where('session', 'in', part).execute();
      }
      for (const part of chunks(keep, 500)) {
        await trx
          .insertInto('alternate_pending')
          .values(part)
          .onConflict((oc) => oc.columns(['site', 'session']).doUpdateSet({ last_at: sql`excluded.last_at`, events: sql`excluded.events` }))
          .execute();
      }
      if (rows.length) await saveCursor(base, CURSOR, dialectOf(base).cursorOf(rows[rows.length - 1]!));
      return rows.length;
    });
  }

  /** Search the proposed wordings not yet checked against their site's current FAQ. */
  async function check(limit: number): Promise<number> {
    const sites = await db.selectFrom('alternate_candidates').select('site').distinct().where('status', '=', 'proposed').execute();
    let done = 0;
    for (const { site } of sites) {
      const faq = await faqs.get(site);
      if (!faq || done >= limit) continue;
      const rows = await db
        .selectFrom('alternate_candidates')
        .select(['id', 'entry', 'text'])
        .where('site', '=', site)
        .where('status', '=', 'proposed')
        .where((eb) => eb.or([eb('checked', 'is', null), eb('checked', '!=', faq.version)]))
        .limit(limit - done)
        .execute();
      if (!rows.length) continue;
      const fits = rows.map((r) => ({ id: r.id, fit: fitOf(faq.engine, r.entry, r.text) }));
      await db.transaction().execute(async (trx) => {
        for (const { id, fit } of fits) {
          await trx.updateTable('alternate_candidates').set({ checked: faq.version, unlike: fit === 'unknown' ? null : fit === 'unlike' ? 1 : 0 }).where('id', '=', id).execute();
        }
      });
      done += rows.length;
    }
    return done;
  }

  /** One after another, the last one queued. */
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  /** One run: a chunk of events, then at most CHECKS wordings (the engine's searches are the slow part). */
  const once = (limit: number): Promise<{ collected: number; checked: number }> =>
    queued(async () => ({ collected: await collect(limit), checked: await check(Math.min(limit, CHECKS)) }));
  const collectSlicer = createSlicer(CHUNK, undefined, undefined, dialectOf(kysely).sliceClock);
  const checkSlicer = createSlicer(CHECKS, undefined, undefined, dialectOf(kysely).sliceClock);
  const step: AlternatesStep = {
    async run(limit = CHUNK) {
      const { collected, checked } = await once(limit);
      return collected + checked;
    },
    async catchUp(maxMs = Infinity) {
      // Events first, then the wordings to check, each in slices short enough for the collector's requests to run between them.
      const started = performance.now();
      const collected = await inSlices(collectSlicer, (limit) => queued(() => collect(limit)), maxMs);
      const left = maxMs - (performance.now() - started);
      return collected + (left > 0 ? await inSlices(checkSlicer, (limit) => queued(() => check(limit)), left) : 0);
    },
  };
  return step;
}
