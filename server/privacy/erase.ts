/**
 * Erasing a customer's data (issue 15, item 6): an admin names the customer
 * by the email they gave or by a hand-off's reference; within the sites the
 * admin sees, their hand-offs go with every row of theirs (messages,
 * deliveries, attempts, attachments: ./customer-rows.ts), and so do the
 * events of the browser sessions those hand-offs came from, with the
 * background steps' rows of those sessions; named by email, also the events
 * whose search or comment holds that address (the widget redacts emails,
 * so only an old or bypassed widget leaves any).
 *
 * `planErasure` only counts (the dashboard's confirmation step, `ayuda erase
 * --dry-run`); `eraseCustomer` deletes in one transaction and logs it in
 * `erasures`: who, when, which sites, the counts, and an HMAC of the email
 * or reference with this database's own key, so an auditor holding the
 * value can check that it was erased, and a reader of the log learns
 * nothing else.
 */
import { createHmac } from 'node:crypto';
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { storedSecret } from '../auth/settings.ts';
import { dialectOf } from '../db/dialect/index.ts';
import { add, countHandoffRows, deleteHandoffs, deleteSessions, type TableCounts } from './customer-rows.ts';
import type { PrivacySchema } from './tables.ts';

export type ErasureMatch = { email: string; reference?: undefined } | { reference: string; email?: undefined };

export interface ErasurePlan {
  matchedBy: 'email' | 'reference';
  /** The hand-offs found, newest first. */
  handoffs: { id: string; reference: string; site: string; created_at: number }[];
  /** Rows per table that erasing deletes (every table named, 0 included). */
  counts: TableCounts;
}

export interface ErasureRecord {
  id: number;
  at: number;
  by: string;
  matched_by: 'email' | 'reference';
  subject_hash: string;
  sites: string[] | null;
  counts: TableCounts;
}

const HASH_KEY = 'erasure_key';

/** The email as compared: trimmed, lower case. */
export const foldEmail = (email: string): string => email.trim().toLowerCase();
const foldReference = (reference: string): string => reference.trim().toUpperCase();

function subjectOf(match: ErasureMatch): { matchedBy: 'email' | 'reference'; value: string } {
  return match.email !== undefined ? { matchedBy: 'email', value: foldEmail(match.email) } : { matchedBy: 'reference', value: foldReference(match.reference) };
}

/** HMAC-SHA256 of the folded email or reference, keyed per database. */
export async function subjectHash(db: Kysely<PrivacySchema>, match: ErasureMatch): Promise<string> {
  const { matchedBy, value } = subjectOf(match);
  return createHmac('sha256', await storedSecret(db, HASH_KEY)).update(`${matchedBy}\n${value}`).digest('hex');
}

async function findHandoffs(db: Kysely<PrivacySchema>, match: ErasureMatch, sites: readonly string[] | null) {
  const { matchedBy, value } = subjectOf(match);
  if (sites && !sites.length) return [];
  let q = db.selectFrom('handoffs').select(['id', 'reference', 'site', 'session', 'created_at']);
  q = matchedBy === 'email' ? q.where(sql`lower(trim(contact_email))`, '=', value) : q.where(sql`upper(reference)`, '=', value);
  if (sites) q = q.where('site', 'in', [...sites]);
  return q.orderBy('created_at', 'desc').execute();
}

/** An event whose search or comment holds the email (named by email only). */
function mentionsEmail(db: Kysely<PrivacySchema>, email: string) {
  const d = dialectOf(db);
  return (eb: { or(list: Expression<SqlBool>[]): Expression<SqlBool> }) => eb.or([d.contains(sql<string>`lower(coalesce(query, ''))`, email), d.contains(sql<string>`lower(coalesce(comment, ''))`, email)]);
}

async function plan(db: Kysely<PrivacySchema>, match: ErasureMatch, sites: readonly string[] | null, run: boolean): Promise<ErasurePlan> {
  const { matchedBy, value } = subjectOf(match);
  const found = await findHandoffs(db, match, sites);
  const ids = found.map((h) => h.id);
  const counts: TableCounts = run ? await deleteHandoffs(db, ids) : await countHandoffRows(db, ids);
  const bySite = new Map<string, Set<string>>();
  for (const h of found) bySite.set(h.site, (bySite.get(h.site) ?? new Set()).add(h.session));
  add(counts, await deleteSessions(db, '', [])); // names every session table, with 0
  for (const [site, sessions] of bySite) add(counts, await deleteSessions(db, site, [...sessions], !run));
  if (matchedBy === 'email' && !(sites && !sites.length)) {
    let q = db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).where(mentionsEmail(db, value));
    let d = db.deleteFrom('events').where(mentionsEmail(db, value));
    if (sites) {
      q = q.where('site', 'in', [...sites]);
      d = d.where('site', 'in', [...sites]);
    }
    counts.events! += run ? Number((await d.executeTakeFirst()).numDeletedRows) : Number((await q.executeTakeFirstOrThrow()).n);
  }
  return { matchedBy, handoffs: found.map(({ session: _s, ...h }) => h), counts };
}

/** What erasing `match` within `sites` (null: every site) would delete; nothing is changed. */
export function planErasure(db: Kysely<PrivacySchema>, match: ErasureMatch, sites: readonly string[] | null): Promise<ErasurePlan> {
  return plan(db, match, sites, false);
}

/** Erase `match` within `sites` (null: every site) in one transaction, and log it. */
export async function eraseCustomer(db: Kysely<PrivacySchema>, match: ErasureMatch, options: { sites: readonly string[] | null; by: string; now?: number }): Promise<ErasurePlan & { erasure: number }> {
  const hash = await subjectHash(db, match);
  return db.transaction().execute(async (trx) => {
    const done = await plan(trx, match, options.sites, true);
    const row = await trx
      .insertInto('erasures')
      .values({ at: options.now ?? Date.now(), by: options.by, matched_by: done.matchedBy, subject_hash: hash, sites: options.sites ? JSON.stringify(options.sites) : null, counts: JSON.stringify(done.counts) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...done, erasure: Number(row.id) };
  });
}

/** The erasure log, newest first. */
export async function listErasures(db: Kysely<PrivacySchema>, limit = 200): Promise<ErasureRecord[]> {
  const rows = await db.selectFrom('erasures').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), at: Number(r.at), sites: r.sites ? (JSON.parse(r.sites) as string[]) : null, counts: JSON.parse(r.counts) as TableCounts }));
}
