/**
 * Retention (issue 15, item 6): a site may set `retentionDays` (in
 * ayuda.config.json or on the dashboard's Sites page). A background step
 * then deletes, for each such site:
 * - conversations with no activity for that long (a hand-off whose latest
 *   change, reply or answer, else its arrival, is older), solved or not,
 *   with every row of theirs (./customer-rows.ts: messages, deliveries,
 *   attempts, attachments);
 * - events older than that (by the time the browser recorded them), with
 *   the grouping's per-question rows (`group_members`, `answered_pending`)
 *   of those events, and the alternates' per-session rows
 *   (`alternate_uses`, `alternate_pending`) as old.
 * The groups themselves, their wordings with counts and centroids, and the
 * learned alternates stay: aggregates with no session, event or hand-off
 * id. Measures and group counts of a range older than the period therefore
 * read empty.
 *
 * It runs in short transactions sized by ../db/slices.ts (the event loop
 * free between them), each taking the step's lock (an advisory lock on
 * PostgreSQL, ../db/dialect/): with several collectors on one database, a
 * process that finds the lock taken leaves the run to the one holding it.
 */
import type { Kysely } from 'kysely';
import { dialectOf } from '../db/dialect/index.ts';
import { createSlicer, inSlices, TARGET_MS, type Slicer } from '../db/slices.ts';
import { add, deleteHandoffs, HANDOFF_TABLES, SESSION_TABLES, type TableCounts } from './customer-rows.ts';
import type { PrivacySchema } from './tables.ts';

export const DAY_MS = 86_400_000;
/** The most rows one transaction deletes; the slicer sizes each to take a few ms. */
const CHUNK = 500;
const LOCK = 'retention';

export interface RetentionSites {
  list(): readonly { key: string; retentionDays?: number }[];
}

export interface RetentionStep {
  /** Delete what is past each site's retention, in slices, for at most `maxMs`; resolves with the rows deleted per table. */
  run(maxMs?: number): Promise<TableCounts>;
}

type Phase = 'handoffs' | 'events' | 'sessions';

export function createRetention(db: Kysely<PrivacySchema>, sites: RetentionSites, options: { now?: () => number } = {}): RetentionStep {
  const now = options.now ?? Date.now;
  // Timed by the dialect's clock: wall time on SQLite, this process's CPU time over pg.
  const slicer = (): Slicer => createSlicer(CHUNK, 4, TARGET_MS, dialectOf(db).sliceClock);
  const slicers: Record<Phase, Slicer> = { handoffs: slicer(), events: slicer(), sessions: slicer() };

  /** One slice of one phase for one site: how many rows it took (-1: another process holds the step). */
  async function slice(phase: Phase, site: string, cutoff: number, limit: number, counts: TableCounts): Promise<number> {
    return db.transaction().execute(async (trx) => {
      if (!(await dialectOf(trx).lockStep(trx, LOCK, false))) return -1;
      if (phase === 'handoffs') {
        const rows = await trx
          .selectFrom('handoffs')
          .select('id')
          .where('site', '=', site)
          .where((eb) => eb(eb.fn.coalesce('updated_at', 'created_at'), '<', cutoff))
          .limit(limit)
          .execute();
        add(counts, await deleteHandoffs(trx, rows.map((r) => r.id)));
        return rows.length;
      }
      if (phase === 'events') {
        const ids = (await trx.selectFrom('events').select('id').where('site', '=', site).where('at', '<', cutoff).limit(limit).execute()).map((r) => r.id);
        if (!ids.length) return 0;
        add(counts, {
          group_members: Number((await trx.deleteFrom('group_members').where('site', '=', site).where('event_id', 'in', ids).executeTakeFirst()).numDeletedRows),
          answered_pending: Number((await trx.deleteFrom('answered_pending').where('event_id', 'in', ids).executeTakeFirst()).numDeletedRows),
          events: Number((await trx.deleteFrom('events').where('site', '=', site).where('id', 'in', ids).executeTakeFirst()).numDeletedRows),
        });
        return ids.length;
      }
      // The alternates' per-session rows: few per site, bounded by the sessions of the period.
      const uses = Number((await trx.deleteFrom('alternate_uses').where('site', '=', site).where('at', '<', cutoff).executeTakeFirst()).numDeletedRows);
      const pending = Number((await trx.deleteFrom('alternate_pending').where('site', '=', site).where('last_at', '<', cutoff).executeTakeFirst()).numDeletedRows);
      const members = Number((await trx.deleteFrom('group_members').where('site', '=', site).where('at', '<', cutoff).executeTakeFirst()).numDeletedRows);
      add(counts, { alternate_uses: uses, alternate_pending: pending, group_members: members });
      return 0;
    });
  }

  return {
    async run(maxMs = Infinity) {
      const started = performance.now();
      const counts: TableCounts = Object.fromEntries(['handoffs', ...HANDOFF_TABLES, 'events', ...SESSION_TABLES.map(([t]) => t)].map((t) => [t, 0]));
      let held = false;
      for (const site of sites.list()) {
        if (!site.retentionDays) continue;
        const cutoff = now() - site.retentionDays * DAY_MS;
        for (const phase of ['handoffs', 'events', 'sessions'] as const) {
          const left = maxMs - (performance.now() - started);
          if (held || left <= 0) return counts;
          await inSlices(
            slicers[phase],
            async (limit) => {
              const n = await slice(phase, site.key, cutoff, limit, counts);
              if (n < 0) held = true;
              return Math.max(n, 0);
            },
            left,
          );
        }
      }
      return counts;
    },
  };
}
