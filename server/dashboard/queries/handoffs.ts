/** The inbox: hand-offs to a human, newest first, searchable by reference (dashes and spaces ignored) or contact email. */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema, HandoffsTable } from '../../db/dashboard-schema.ts';
import { inList } from './filters.ts';

export interface HandoffSearch {
  q?: string;
  status?: 'open' | 'closed';
  site?: string;
  /** The user's sites, when they see only some. */
  sites?: readonly string[];
  limit?: number;
}

export type HandoffSummary = Omit<HandoffsTable, 'transcript' | 'details'>;
export type HandoffDetail = Omit<HandoffsTable, 'transcript'> & { transcript: unknown };

export async function listHandoffs(db: Kysely<DashboardSchema>, { q, status, site, sites, limit = 200 }: HandoffSearch = {}): Promise<HandoffSummary[]> {
  let query = db
    .selectFrom('handoffs')
    .select(['id', 'reference', 'site', 'session', 'created_at', 'status', 'contact_name', 'contact_email', 'question', 'channel'])
    .orderBy('created_at', 'desc')
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
  return query.execute();
}

export async function getHandoff(db: Kysely<DashboardSchema>, id: string): Promise<HandoffDetail | undefined> {
  const row = await db.selectFrom('handoffs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  let transcript: unknown;
  try {
    transcript = JSON.parse(row.transcript);
  } catch {
    transcript = row.transcript;
  }
  return { ...row, transcript };
}
