/**
 * The measures that matter, each a number over the filtered range and a
 * daily series:
 * - self-service resolution: sessions that searched and ended without asking
 *   a human and without a "not helpful" (by the day of their first search);
 * - unanswered rate: searches whose decision was none or weak;
 * - hand-offs per channel (the `handoffs` table; empty until hand-offs arrive);
 * - helpfulness: "did this help?" yes / (yes + no), overall and per entry;
 * - top searches, folded (case, accents), with how often each was answered.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { fold } from '../../../widget/src/search/normalize.ts';
import type { DashboardSchema } from '../../db/dashboard-schema.ts';
import type { EventsTable } from '../../db/schema.ts';
import type { Measures } from '../shared/views.ts';
import { DAY_MS, dayOf, type Filters } from './filters.ts';

export type { Measures };

const ratio = (a: number, b: number): number | null => (b ? Math.round((a / b) * 1000) / 1000 : null);

function events(db: Kysely<DashboardSchema>, f: Filters): SelectQueryBuilder<DashboardSchema & { e: EventsTable }, 'e', object> {
  let q = db.selectFrom('events as e').where('e.at', '>=', f.from).where('e.at', '<', f.to);
  if (f.site) q = q.where('e.site', '=', f.site);
  if (f.lang) q = q.where((eb) => eb.or([eb('e.locale', '=', f.lang!), eb('e.locale', 'like', `${f.lang}-%`)]));
  return q as SelectQueryBuilder<DashboardSchema & { e: EventsTable }, 'e', object>;
}

export async function measures(db: Kysely<DashboardSchema>, f: Filters): Promise<Measures> {
  const zeros = (): number[] => new Array<number>(f.days).fill(0);
  const dayIndex = (at: number): number => Math.floor((at - f.from) / DAY_MS);
  const day = sql<number>`cast((e.at - ${f.from}) / ${DAY_MS} as integer)`;

  const [sessions, perDay, feedback, reads, queries] = await Promise.all([
    events(db, f)
      .select([
        sql<number | null>`min(case when e.type = 'search' then e.at end)`.as('first_search'),
        sql<number>`max(e.type = 'handoff_requested')`.as('asked'),
        sql<number>`max(e.type = 'feedback' and e.helpful = 0)`.as('unhelpful'),
      ])
      .groupBy('e.session')
      .execute(),
    events(db, f)
      .select([day.as('day'), sql<number>`sum(e.type = 'search')`.as('searches'), sql<number>`sum(e.type = 'search' and e.reason is not null)`.as('unanswered'), sql<number>`sum(e.type = 'feedback' and e.helpful = 1)`.as('yes'), sql<number>`sum(e.type = 'feedback' and e.helpful = 0)`.as('no')])
      .groupBy('day')
      .execute(),
    events(db, f).where('e.type', '=', 'feedback').select(['e.entry', sql<number>`sum(e.helpful = 1)`.as('yes'), sql<number>`sum(e.helpful = 0)`.as('no')]).groupBy('e.entry').execute(),
    events(db, f).where('e.type', '=', 'answer_read').select(['e.entry', sql<number>`count(*)`.as('n')]).groupBy('e.entry').execute(),
    events(db, f).where('e.type', '=', 'search').select(['e.query', sql<number>`count(*)`.as('n'), sql<number>`sum(e.decision = 'answered')`.as('answered')]).groupBy('e.query').execute(),
  ]);

  const searched = zeros();
  const resolvedByDay = zeros();
  let resolved = 0;
  let searchedSessions = 0;
  for (const s of sessions) {
    if (s.first_search === null) continue;
    const ok = !Number(s.asked) && !Number(s.unhelpful);
    searchedSessions++;
    if (ok) resolved++;
    const i = dayIndex(Number(s.first_search));
    searched[i]! += 1;
    if (ok) resolvedByDay[i]! += 1;
  }

  const searches = zeros();
  const unanswered = zeros();
  const yes = zeros();
  const no = zeros();
  for (const r of perDay) {
    const i = Math.floor(Number(r.day));
    searches[i]! += Number(r.searches);
    unanswered[i]! += Number(r.unanswered);
    yes[i]! += Number(r.yes);
    no[i]! += Number(r.no);
  }
  const sum = (a: number[]): number => a.reduce((x, y) => x + y, 0);

  const readsBy = new Map(reads.map((r) => [r.entry ?? '', Number(r.n)]));
  const entries = feedback
    .map((r) => ({ entry: r.entry ?? '', yes: Number(r.yes), no: Number(r.no), reads: readsBy.get(r.entry ?? '') ?? 0 }))
    .concat([...readsBy].filter(([e]) => !feedback.some((r) => r.entry === e)).map(([entry, n]) => ({ entry, yes: 0, no: 0, reads: n })))
    .map((e) => ({ ...e, rate: ratio(e.yes, e.yes + e.no) }))
    .sort((a, b) => b.no - a.no || b.yes + b.no - (a.yes + a.no) || b.reads - a.reads)
    .slice(0, 50);

  const folded = new Map<string, { query: string; count: number; answered: number; top: number }>();
  for (const r of queries) {
    const key = fold(r.query ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!key) continue;
    const t = folded.get(key) ?? { query: (r.query ?? '').trim(), count: 0, answered: 0, top: 0 };
    // Shown as its most frequent spelling.
    if (Number(r.n) > t.top) Object.assign(t, { query: (r.query ?? '').trim(), top: Number(r.n) });
    t.count += Number(r.n);
    t.answered += Number(r.answered);
    folded.set(key, t);
  }

  return {
    days: searches.map((_, i) => dayOf(f.from + i * DAY_MS)),
    resolution: { rate: ratio(resolved, searchedSessions), sessions: searchedSessions, resolved, series: searched.map((n, i) => ratio(resolvedByDay[i]!, n)) },
    unanswered: { rate: ratio(sum(unanswered), sum(searches)), searches: sum(searches), unanswered: sum(unanswered), series: searches.map((n, i) => ratio(unanswered[i]!, n)) },
    handoffs: await handoffsPerChannel(db, f),
    helpfulness: { rate: ratio(sum(yes), sum(yes) + sum(no)), yes: sum(yes), no: sum(no), series: yes.map((y, i) => ratio(y, y + no[i]!)), entries },
    top_searches: { total: sum(searches), series: searches, queries: [...folded.values()].map(({ top: _top, ...q }) => q).sort((a, b) => b.count - a.count || (a.query < b.query ? -1 : 1)).slice(0, 20) },
  };
}

async function handoffsPerChannel(db: Kysely<DashboardSchema>, f: Filters): Promise<Measures['handoffs']> {
  let q = db.selectFrom('handoffs').select(['channel', sql<number>`cast((created_at - ${f.from}) / ${DAY_MS} as integer)`.as('day'), sql<number>`count(*)`.as('n')])
    .where('created_at', '>=', f.from).where('created_at', '<', f.to).groupBy(['channel', 'day']);
  if (f.site) q = q.where('site', '=', f.site);
  const rows = await q.execute();
  const series: Record<string, number[]> = {};
  for (const r of rows) {
    const list = (series[r.channel] ??= new Array<number>(f.days).fill(0));
    list[Math.floor(Number(r.day))]! += Number(r.n);
  }
  const by_channel = Object.entries(series).map(([channel, s]) => ({ channel, count: s.reduce((a, b) => a + b, 0) })).sort((a, b) => b.count - a.count);
  return { total: by_channel.reduce((a, c) => a + c.count, 0), by_channel, series };
}
