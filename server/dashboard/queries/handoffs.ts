/**
 * The inbox: hand-offs to a human, overdue first (new or open past their
 * due time, the longest overdue first), then newest first; searchable by
 * reference (dashes and spaces ignored) or contact email.
 */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema, HandoffsTable, HandoffStatus } from '../../db/dashboard-schema.ts';
import { inList } from './filters.ts';

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
    query = query.where(
      sql<boolean>`((${ref} != '' and instr(replace(replace(upper(reference), '-', ''), ' ', ''), ${ref}) > 0) or instr(lower(coalesce(contact_email, '')), ${term.toLowerCase()}) > 0)`,
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
