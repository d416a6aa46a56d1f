/** The raw questions behind the groups: what the customer typed, on which page, when, and why it went unanswered. */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema, GroupStatus } from '../../db/dashboard-schema.ts';
import { whereMembers, type Filters } from './filters.ts';
import { phrasingKey } from '../../grouping/question-terms.ts';
import { groupTerms, sharedWords } from '../../grouping/shared-terms.ts';
import { dialectOf } from '../../db/dialect/index.ts';

export interface RawQuestion {
  event_id: string;
  group_id: number;
  at: number;
  query: string;
  path: string;
  reason: string;
  session: string;
  locale: string;
  site: string;
  /** The FAQ entry it came closest to. */
  entry: string | null;
  comment: string | null;
}

export interface QuestionsOptions {
  /** Only this group's questions. */
  groupId?: number;
  limit?: number;
  offset?: number;
}

/** Newest first. */
export async function listQuestions(db: Kysely<DashboardSchema>, f: Filters, { groupId, limit = 500, offset = 0 }: QuestionsOptions = {}): Promise<RawQuestion[]> {
  let q = whereMembers(db.selectFrom('group_members as m'), f)
    .innerJoin('events as e', (j) => j.onRef('e.id', '=', 'm.event_id').onRef('e.site', '=', 'm.site'))
    .select(['m.event_id', 'm.group_id', 'm.at', 'e.query', 'e.path', 'm.reason', 'm.session', 'e.locale', 'm.site', 'm.entry', 'e.comment'])
    .orderBy('m.at', 'desc')
    .orderBy('m.event_id')
    .limit(limit)
    .offset(offset);
  if (groupId !== undefined) q = q.where('m.group_id', '=', groupId);
  if (f.status) q = q.where('m.group_id', 'in', db.selectFrom('question_groups').select('id').where('status', '=', f.status as GroupStatus));
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, query: r.query ?? '' }));
}

/** The customers' wordings of a group within the filters (folded like group_phrasings), most frequent first. */
export async function phrasingsIn(db: Kysely<DashboardSchema>, f: Filters, groupId: number, limit = 50): Promise<{ phrasing: string; text: string; count: number }[]> {
  const rows = await whereMembers(db.selectFrom('group_members as m'), f)
    .innerJoin('events as e', (j) => j.onRef('e.id', '=', 'm.event_id').onRef('e.site', '=', 'm.site'))
    .where('m.group_id', '=', groupId)
    .select('e.query')
    .orderBy('m.at')
    .execute();
  const byKey = new Map<string, { phrasing: string; text: string; count: number }>();
  for (const r of rows) {
    const text = (r.query ?? '').replace(/\s+/g, ' ').trim();
    const key = phrasingKey(text);
    const p = byKey.get(key) ?? { phrasing: key, text, count: 0 };
    p.count += 1;
    byKey.set(key, p);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count).slice(0, limit);
}

/** The customers' wordings of a group, most frequent first: as first typed, folded (`phrasing`, what a split names) and counted. */
export async function listPhrasings(db: Kysely<DashboardSchema>, groupId: number, limit = 50): Promise<{ phrasing: string; text: string; count: number }[]> {
  return db.selectFrom('group_phrasings').select(['phrasing', 'text', 'count']).where('group_id', '=', groupId).orderBy('count', 'desc').orderBy(dialectOf(db).phrasingOrder()).limit(limit).execute();
}

/** Each wording with its words that the group shares (server/grouping/shared-terms.ts), from the stored centroids of the group's prototypes. */
export async function explainPhrasings<P extends { text: string; count: number }>(db: Kysely<DashboardSchema>, groupId: number, lang: string, phrasings: P[]): Promise<(P & { shared: string[] })[]> {
  const protos = await db
    .selectFrom('question_groups')
    .select('centroid')
    .where((eb) => eb.or([eb('id', '=', groupId), eb('merged_into', '=', groupId)]))
    .execute();
  const terms = groupTerms(protos.map((p) => JSON.parse(p.centroid) as Record<string, number>));
  return phrasings.map((p) => ({ ...p, shared: sharedWords(p.text, lang, terms, p.count) }));
}
