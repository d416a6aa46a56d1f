/**
 * The groups view: per group of unanswered questions, within the filters,
 * its count, distinct sessions, growth (second half of the range vs the
 * first), daily trend, reasons, closest FAQ entry and representative
 * wording (its most frequent phrasing), with the lead's workflow fields.
 * One aggregate over the covering index `group_members_view`, then the
 * details of the requested page only.
 */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema, GroupStatus } from '../../db/dashboard-schema.ts';
import type { GroupSummary, GroupsPage } from '../shared/views.ts';
import { DAY_MS, whereMembers, type Filters } from './filters.ts';
import { dialectOf } from '../../db/dialect/index.ts';

export type { GroupSummary, GroupsPage };

interface Counted {
  id: number;
  count: number;
  recent: number;
}

/**
 * Every group with questions in the filters (or only group `only`), counted
 * and sorted (no details). Distinct customers are counted for the groups
 * described only (./describeGroups): a `count(distinct session)` over every
 * group was most of the 90-day view's time at 1,000,000 events.
 */
export async function countGroups(db: Kysely<DashboardSchema>, f: Filters, only?: number): Promise<Counted[]> {
  const mid = f.from + Math.floor(f.days / 2) * DAY_MS;
  let q = whereMembers(db.selectFrom('group_members as m'), f)
    .select((eb) => [
      'm.group_id as id',
      eb.fn.countAll<number>().as('count'),
      sql<number>`sum(case when m.at >= ${mid} then 1 else 0 end)`.as('recent'),
    ])
    .groupBy('m.group_id');
  if (only !== undefined) q = q.where('m.group_id', '=', only);
  if (f.status) q = q.where('m.group_id', 'in', db.selectFrom('question_groups').select('id').where('status', '=', f.status as GroupStatus));
  const rows = (await q.execute()) as Counted[];
  const growth = (r: Counted): number => r.recent - (r.count - r.recent);
  rows.sort(f.sort === 'growth' ? (a, b) => growth(b) - growth(a) || b.count - a.count || a.id - b.id : (a, b) => b.count - a.count || a.id - b.id);
  return rows;
}

/** The page of groups the filters ask for. */
export async function listGroups(db: Kysely<DashboardSchema>, f: Filters): Promise<GroupsPage> {
  const counted = await countGroups(db, f);
  const page = counted.slice(f.offset, f.offset + f.limit);
  return {
    total_groups: counted.length,
    total_questions: counted.reduce((s, r) => s + r.count, 0),
    groups: await describeGroups(db, f, page),
  };
}

/** Details for counted groups, in the same order. */
export async function describeGroups(db: Kysely<DashboardSchema>, f: Filters, counted: Counted[]): Promise<GroupSummary[]> {
  const out: GroupSummary[] = [];
  for (let i = 0; i < counted.length; i += 500) out.push(...(await describeChunk(db, f, counted.slice(i, i + 500))));
  return out;
}

async function describeChunk(db: Kysely<DashboardSchema>, f: Filters, counted: Counted[]): Promise<GroupSummary[]> {
  if (!counted.length) return [];
  const ids = counted.map((c) => c.id);
  const [groups, representatives, cells, customers] = await Promise.all([
    db.selectFrom('question_groups').select(['id', 'site', 'lang', 'first_at', 'last_at', 'status', 'owner', 'entry_id', 'fixed_at']).where('id', 'in', ids).execute(),
    // The most frequent wording; on a tie, the first seen (the order written).
    sql<{ group_id: number; text: string }>`
      select group_id, text from (
        select group_id, text, row_number() over (partition by group_id order by count desc, ${dialectOf(db).phrasingOrder()}) as rank
        from group_phrasings where group_id in (${sql.join(ids)})
      ) as ranked where rank = 1`.execute(db).then((r) => r.rows),
    whereMembers(db.selectFrom('group_members as m'), f)
      .select((eb) => ['m.group_id', sql<number>`cast((m.at - ${f.from}) / ${DAY_MS} as integer)`.as('day'), 'm.reason', 'm.entry', eb.fn.countAll<number>().as('n')])
      .where('m.group_id', 'in', ids)
      .groupBy(['m.group_id', 'day', 'm.reason', 'm.entry'])
      .execute(),
    whereMembers(db.selectFrom('group_members as m'), f)
      .select(['m.group_id', sql<number>`count(distinct m.session)`.as('sessions')])
      .where('m.group_id', 'in', ids)
      .groupBy('m.group_id')
      .execute(),
  ]);
  const sessions = new Map(customers.map((c) => [c.group_id, Number(c.sessions)]));
  const byId = new Map(groups.map((g) => [g.id, g]));
  const wording = new Map(representatives.map((r) => [r.group_id, r.text]));
  const detail = new Map<number, { trend: number[]; reasons: Record<string, number>; entries: Map<string, number> }>();
  for (const id of ids) detail.set(id, { trend: new Array<number>(f.days).fill(0), reasons: {}, entries: new Map() });
  for (const c of cells) {
    const d = detail.get(c.group_id)!;
    const n = Number(c.n);
    const day = Math.floor(Number(c.day));
    if (day >= 0 && day < f.days) d.trend[day]! += n;
    d.reasons[c.reason] = (d.reasons[c.reason] ?? 0) + n;
    if (c.entry) d.entries.set(c.entry, (d.entries.get(c.entry) ?? 0) + n);
  }
  return counted.map((c) => {
    const g = byId.get(c.id)!;
    const d = detail.get(c.id)!;
    const closest = [...d.entries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
    return {
      id: c.id,
      site: g.site,
      lang: g.lang,
      representative: wording.get(c.id) ?? '',
      count: Number(c.count),
      sessions: sessions.get(c.id) ?? 0,
      recent: Number(c.recent),
      earlier: Number(c.count) - Number(c.recent),
      trend: d.trend,
      reasons: d.reasons,
      closest_entry: closest,
      first_at: g.first_at,
      last_at: g.last_at,
      status: g.status,
      owner: g.owner,
      entry_id: g.entry_id,
      fixed_at: g.fixed_at,
    };
  });
}
