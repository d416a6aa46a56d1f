/**
 * The rows that belong to hand-offs and to browser sessions, deleted
 * together by an erasure (./erase.ts) and by retention (./retention.ts), so
 * both forget the same things:
 * - a hand-off's rows: `handoffs` and every table with its `handoff_id`
 *   ({@link HANDOFF_TABLES});
 * - a browser session's rows: its `events` and the rows the background steps
 *   keep per event or session ({@link SESSION_TABLES}).
 * What is kept are aggregates with no session, event or hand-off id: the
 * groups (size, centroid, workflow), their wordings with counts
 * (`group_phrasings`, typed by customers and redacted in the browser), the
 * learned alternates' wordings, `outbox_drops` counts and the erasure log.
 */
import type { Kysely } from 'kysely';
import type { PrivacySchema } from './tables.ts';

/**
 * Tables holding a hand-off's rows by `handoff_id`, deleted before the
 * `handoffs` row itself (the customer's files included: `handoff_attachments`).
 * A table added later with a `handoff_id` column is one more name here.
 */
export const HANDOFF_TABLES = ['handoff_messages', 'handoff_deliveries', 'handoff_delivery_log', 'handoff_attachments'] as const;

/** Tables the background steps keep per event or browser session: [table, has a `site` column]. */
export const SESSION_TABLES = [
  ['group_members', true],
  ['answered_pending', false],
  ['alternate_pending', true],
  ['alternate_uses', true],
] as const;

export type TableCounts = Record<string, number>;

// Table names come from the constant lists above, never from input.
type Loose = Kysely<Record<string, { handoff_id: string; site: string; session: string; id: string; event_id: string }>>;
const loose = (db: Kysely<PrivacySchema>): Loose => db as unknown as Loose;
const deleted = (r: { numDeletedRows: bigint }): number => Number(r.numDeletedRows);

export function add(into: TableCounts, from: TableCounts): TableCounts {
  for (const [table, n] of Object.entries(from)) into[table] = (into[table] ?? 0) + n;
  return into;
}

/** Delete the hand-offs `ids` with every row of theirs; how many rows of each table went. */
export async function deleteHandoffs(db: Kysely<PrivacySchema>, ids: readonly string[]): Promise<TableCounts> {
  const counts: TableCounts = {};
  if (!ids.length) return counts;
  for (const table of HANDOFF_TABLES) {
    counts[table] = deleted(await loose(db).deleteFrom(table).where('handoff_id', 'in', [...ids]).executeTakeFirst());
  }
  counts.handoffs = deleted(await db.deleteFrom('handoffs').where('id', 'in', [...ids]).executeTakeFirst());
  return counts;
}

/** How many rows {@link deleteHandoffs} would delete. */
export async function countHandoffRows(db: Kysely<PrivacySchema>, ids: readonly string[]): Promise<TableCounts> {
  const counts: TableCounts = { handoffs: ids.length };
  for (const table of HANDOFF_TABLES) {
    counts[table] = ids.length ? Number((await loose(db).selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('handoff_id', 'in', [...ids]).executeTakeFirstOrThrow()).n) : 0;
  }
  return counts;
}

/** Delete every row of the browser sessions `sessions` of `site`: their events and the steps' rows. */
export async function deleteSessions(db: Kysely<PrivacySchema>, site: string, sessions: readonly string[], dryRun = false): Promise<TableCounts> {
  const counts: TableCounts = { events: 0 };
  for (const [table] of SESSION_TABLES) counts[table] = 0;
  if (!sessions.length) return counts;
  const list = [...sessions];
  for (const [table, hasSite] of SESSION_TABLES) {
    if (dryRun) {
      let q = loose(db).selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('session', 'in', list);
      if (hasSite) q = q.where('site', '=', site);
      counts[table] = Number((await q.executeTakeFirstOrThrow()).n);
      continue;
    }
    let q = loose(db).deleteFrom(table).where('session', 'in', list);
    if (hasSite) q = q.where('site', '=', site);
    counts[table] = deleted(await q.executeTakeFirst());
  }
  counts.events = dryRun
    ? Number((await db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).where('site', '=', site).where('session', 'in', list).executeTakeFirstOrThrow()).n)
    : deleted(await db.deleteFrom('events').where('site', '=', site).where('session', 'in', list).executeTakeFirst());
  return counts;
}
