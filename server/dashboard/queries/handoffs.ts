/**
 * The inbox: hand-offs to a human, overdue first (new or open past their
 * due time, the longest overdue first), then newest first; searchable by
 * reference (dashes and spaces ignored) or contact email.
 */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema, HandoffsTable, HandoffStatus } from '../../db/dashboard-schema.ts';
import { dialectOf } from '../../db/dialect/index.ts';
import { inList } from './filters.ts';
import type { HandoffSchema } from '../../handoff/tables.ts';

export interface HandoffSearch {
  q?: string;
  status?: HandoffStatus;
  site?: string;
  /** The user's sites, when they see only some. */
  sites?: readonly string[];
  limit?: number;
  now?: number;
}

export type HandoffSummary = Pick<HandoffsTable, 'id' | 'reference' | 'site' | 'session' | 'created_at' | 'status' | 'contact_name' | 'contact_email' | 'question' | 'channel' | 'due_at' | 'assignee_id'> & {
  /** The assignee's email. */
  assignee: string | null;
  /** New or open past its due time. */
  overdue: boolean;
};
export type HandoffDetail = Omit<HandoffsTable, 'transcript' | 'secret_hash'> & { transcript: unknown; assignee: string | null; overdue: boolean };

/** Statuses whose hand-offs are owed an answer. */
const OWED: HandoffStatus[] = ['new', 'open'];
export const isOverdue = (h: Pick<HandoffsTable, 'status' | 'due_at'>, now: number): boolean => OWED.includes(h.status) && h.due_at !== null && h.due_at < now;

export async function listHandoffs(db: Kysely<DashboardSchema>, { q, status, site, sites, limit = 200, now = Date.now() }: HandoffSearch = {}): Promise<HandoffSummary[]> {
  let query = db
    .selectFrom('handoffs')
    .leftJoin('users', 'users.id', 'handoffs.assignee_id')
    .select(['handoffs.id', 'reference', 'site', 'session', 'handoffs.created_at', 'status', 'contact_name', 'contact_email', 'question', 'channel', 'due_at', 'assignee_id', 'users.email as assignee'])
    .orderBy(sql`case when status in ('new', 'open') and due_at < ${now} then 0 else 1 end`)
    .orderBy(sql`case when status in ('new', 'open') and due_at < ${now} then due_at end`)
    .orderBy('handoffs.created_at', 'desc')
    .limit(limit);
  if (status) query = query.where('status', '=', status);
  if (site) query = query.where('site', '=', site);
  if (sites) query = query.where('site', 'in', inList(sites));
  const term = q?.trim();
  if (term) {
    // References are read out over the phone: "ay 7k3 q9f" finds "AY-7K3-Q9F".
    const ref = term.toUpperCase().replace(/[^A-Z0-9]/g, '');
    const { contains } = dialectOf(db);
    query = query.where(
      sql<boolean>`((${ref} != '' and ${contains(sql`replace(replace(upper(reference), '-', ''), ' ', '')`, ref)}) or ${contains(sql`lower(coalesce(contact_email, ''))`, term.toLowerCase())})`,
    );
  }
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, overdue: isOverdue(row, now) }));
}

export async function getHandoff(db: Kysely<DashboardSchema>, id: string, now = Date.now()): Promise<HandoffDetail | undefined> {
  const found = await db.selectFrom('handoffs').leftJoin('users', 'users.id', 'handoffs.assignee_id').selectAll('handoffs').select('users.email as assignee').where('handoffs.id', '=', id).executeTakeFirst();
  if (!found) return undefined;
  const { secret_hash: _secret, ...row } = found;
  let transcript: unknown;
  try {
    transcript = JSON.parse(row.transcript);
  } catch {
    transcript = row.transcript;
  }
  return { ...row, transcript, overdue: isOverdue(row, now) };
}

/** Hand-offs whose email/webhook deliveries were held (sent without Origin during a flood), per site. */
export interface HeldDeliveries {
  site: string;
  /** Hand-offs held. */
  handoffs: number;
  /** When the latest was held. */
  latest: number;
}

/** What the inbox warns about: held deliveries of the last `days` days, per site. */
export async function heldDeliveries(db: Kysely<DashboardSchema>, { site, sites, now = Date.now(), days = 7 }: { site?: string; sites?: readonly string[]; now?: number; days?: number } = {}): Promise<HeldDeliveries[]> {
  let query = (db as unknown as Kysely<HandoffSchema>)
    .selectFrom('handoff_deliveries')
    .select(['site', (eb) => eb.fn.count<number>('handoff_id').distinct().as('handoffs'), (eb) => eb.fn.max('created_at').as('latest')])
    .where('status', '=', 'held')
    .where('created_at', '>', now - days * 86_400_000)
    .groupBy('site')
    .orderBy('site');
  if (site) query = query.where('site', '=', site);
  if (sites) query = query.where('site', 'in', inList(sites));
  const rows = await query.execute();
  return rows.map((r) => ({ site: r.site, handoffs: Number(r.handoffs), latest: Number(r.latest) }));
}

/**
 * An admin's decision on a site's held deliveries: `release` sends them (due
 * now; the collector's delivery timer finds them within seconds), `discard`
 * gives them up. Returns how many deliveries changed.
 */
export async function decideHeld(db: Kysely<DashboardSchema>, site: string, action: 'release' | 'discard', now = Date.now()): Promise<number> {
  const result = await (db as unknown as Kysely<HandoffSchema>)
    .updateTable('handoff_deliveries')
    .set(action === 'release' ? { status: 'pending', next_at: now, last_error: null, updated_at: now } : { status: 'failed', last_error: 'held, then discarded by an admin', updated_at: now })
    .where('status', '=', 'held')
    .where('site', '=', site)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
