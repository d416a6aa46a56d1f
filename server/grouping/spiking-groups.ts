/**
 * Which groups of unanswered questions spike today (UTC day of `now`): each
 * group's questions per day over today and the 14 days before, judged by
 * ./spikes.ts. Read by the dashboard's groups view (flagged at the top of
 * *Unanswered questions*) and by ./spike-alerts.ts (the `group.spiking`
 * webhook). Today counts as far as it has gone: a spike is flagged as soon
 * as today's questions reach the rule.
 */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import { dialectOf } from '../db/dialect/index.ts';
import { detectSpike, SPIKE_RULE, type SpikeRule } from './spikes.ts';

const DAY_MS = 86_400_000;
/** Customers' wordings handed to a notice (the most frequent first). */
const WORDS = 8;

export interface SpikingGroup {
  id: number;
  site: string;
  lang: string;
  /** The UTC day judged, "YYYY-MM-DD". */
  day: string;
  /** Today's questions, and the median of the 14 days before. */
  count: number;
  median: number;
  representative: string;
  /** The group's most frequent wordings, as customers typed them. */
  words: string[];
  /** A notice title to start from: the most frequent wording, capitalised. */
  title: string;
}

export interface SpikeScope {
  now: number;
  /** Only this site (a filter); `sites`: only these (the user's). */
  site?: string;
  sites?: readonly string[] | null;
  rule?: SpikeRule;
}

export async function spikingGroups(db: Kysely<DashboardSchema>, scope: SpikeScope): Promise<SpikingGroup[]> {
  const rule = scope.rule ?? SPIKE_RULE;
  const today = Math.floor(scope.now / DAY_MS) * DAY_MS;
  const from = today - rule.baselineDays * DAY_MS;
  if (scope.sites && !scope.sites.length) return [];
  let q = db
    .selectFrom('group_members as m')
    .select((eb) => ['m.group_id', 'm.site', sql<number>`cast((m.at - ${from}) / ${DAY_MS} as integer)`.as('day'), eb.fn.countAll<number>().as('n')])
    .where('m.at', '>=', from)
    .where('m.at', '<', today + DAY_MS)
    .groupBy(['m.group_id', 'm.site', 'day']);
  if (scope.site) q = q.where('m.site', '=', scope.site);
  if (scope.sites) q = q.where('m.site', 'in', scope.sites);
  const series = new Map<number, { site: string; daily: number[] }>();
  for (const r of await q.execute()) {
    const s = series.get(r.group_id) ?? { site: r.site, daily: new Array<number>(rule.baselineDays + 1).fill(0) };
    s.daily[Number(r.day)]! += Number(r.n);
    series.set(r.group_id, s);
  }
  const found = [...series]
    .map(([id, s]) => ({ id, site: s.site, verdict: detectSpike(s.daily, rule) }))
    .filter((g) => g.verdict.spiking)
    .sort((a, b) => b.verdict.count - a.verdict.count || a.id - b.id);
  if (!found.length) return [];
  const ids = found.map((g) => g.id);
  const [groups, phrasings] = await Promise.all([
    db.selectFrom('question_groups').select(['id', 'lang']).where('id', 'in', ids).execute(),
    sql<{ group_id: number; text: string }>`
      select group_id, text from (
        select group_id, text, row_number() over (partition by group_id order by count desc, ${dialectOf(db).phrasingOrder()}) as rank
        from group_phrasings where group_id in (${sql.join(ids)})
      ) as ranked where rank <= ${WORDS} order by group_id, rank`.execute(db).then((r) => r.rows),
  ]);
  const lang = new Map(groups.map((g) => [g.id, g.lang]));
  const day = new Date(today).toISOString().slice(0, 10);
  return found.map((g) => {
    const words = phrasings.filter((p) => p.group_id === g.id).map((p) => p.text);
    const representative = words[0] ?? '';
    return {
      id: g.id,
      site: g.site,
      lang: lang.get(g.id) ?? '',
      day,
      count: g.verdict.count,
      median: g.verdict.median,
      representative,
      words,
      title: representative.charAt(0).toLocaleUpperCase(lang.get(g.id) || undefined) + representative.slice(1),
    };
  });
}
