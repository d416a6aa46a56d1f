/** The inbox: hand-offs to a human, newest first, searchable by reference (dashes and spaces ignored) or contact email. */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema, HandoffsTable } from '../../db/dashboard-schema.ts';
import { dialectOf } from '../../db/dialect/index.ts';

export interface HandoffSearch {
  q?: string;
  status?: 'open' | 'closed';
  site?: string;
  limit?: number;
}

export type HandoffSummary = Omit<HandoffsTable, 'transcript' | 'details'>;
export type HandoffDetail = Omit<HandoffsTable, 'transcript'> & { transcript: unknown };

export async function listHandoffs(db: Kysely<DashboardSchema>, { q, status, site, limit = 200 }: HandoffSearch = {}): Promise<HandoffSummary[]> {
  let query = db
    .selectFrom('handoffs')
    .select(['id', 'reference', 'site', 'session', 'created_at', 'status', 'contact_name', 'contact_email', 'question', 'channel'])
    .orderBy('created_at', 'desc')
    .limit(limit);
  if (status) query = query.where('status', '=', status);
  if (site) query = query.where('site', '=', site);
  const term = q?.trim();
  if (term) {
    // References are read out over the phone: "ay 7k3 q9f" finds "AY-7K3-Q9F".
    const ref = term.toUpperCase().replace(/[^A-Z0-9]/g, '');
    const { contains } = dialectOf(db);
    query = query.where(
      sql<boolean>`((${ref} != '' and ${contains(sql`replace(replace(upper(reference), '-', ''), ' ', '')`, ref)}) or ${contains(sql`lower(coalesce(contact_email, ''))`, term.toLowerCase())})`,
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
