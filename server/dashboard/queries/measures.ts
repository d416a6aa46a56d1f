/**
 * The measures that matter, each a number over the filtered range and a
 * daily series, counted by the definitions of ../sessions/help-sessions.ts:
 * - resolution (the headline): help sessions (customers who asked something)
 *   resolved, with the trend against the range before, the hand-offs they
 *   avoided, and why the others were not;
 * - unanswered rate: unanswered questions of all questions (give-ups, quick
 *   rephrases and wrong answers included), each wording once per help session;
 * - hand-offs per channel (the `handoffs` table);
 * - helpfulness: "did this help?" yes / (yes + no), overall and per entry,
 *   with how often each entry's answer proved wrong;
 * - top questions, folded (case, accents), with how many were answered.
 * A help session belongs to the day it started; one that started in the
 * range is judged on everything up to the follow-up window after it.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DashboardSchema } from '../../db/dashboard-schema.ts';
import type { EventsTable } from '../../db/schema.ts';
import type { Measures } from '../shared/views.ts';
import { FOLLOW_UP_MS, helpSessions, questionKey, topEntry, type HelpSession, type SessionEvent } from '../sessions/help-sessions.ts';
import { DAY_MS, dayOf, inList, type Filters } from './filters.ts';

export type { Measures };

const ratio = (a: number, b: number): number | null => (b ? Math.round((a / b) * 1000) / 1000 : null);

function events(db: Kysely<DashboardSchema>, f: Filters, from = f.from, to = f.to): SelectQueryBuilder<DashboardSchema & { e: EventsTable }, 'e', object> {
  let q = db.selectFrom('events as e').where('e.at', '>=', from).where('e.at', '<', to);
  if (f.site) q = q.where('e.site', '=', f.site);
  if (f.sites) q = q.where('e.site', 'in', inList(f.sites));
  if (f.lang) q = q.where((eb) => eb.or([eb('e.locale', '=', f.lang!), eb('e.locale', 'like', `${f.lang}-%`)]));
  return q as SelectQueryBuilder<DashboardSchema & { e: EventsTable }, 'e', object>;
}

/** The help sessions that started in [from, to), judged with the events up to the follow-up window after `to`. */
export async function sessionsIn(db: Kysely<DashboardSchema>, f: Filters, from = f.from, to = f.to, followUpMs = FOLLOW_UP_MS): Promise<HelpSession[]> {
  const rows = (await events(db, f, from, to + followUpMs)
    .select(['e.id', 'e.session', 'e.type', 'e.reason', 'e.decision', 'e.query', 'e.entry', 'e.helpful', 'e.results', 'e.at'])
    .execute()) as SessionEvent[];
  return helpSessions(rows, followUpMs).filter((h) => h.start >= from && h.start < to);
}

/** @param followUpMs how long after a help session a problem still unresolves it (config `followUpHours`). */
export async function measures(db: Kysely<DashboardSchema>, f: Filters, followUpMs = FOLLOW_UP_MS): Promise<Measures> {
  const zeros = (): number[] => new Array<number>(f.days).fill(0);
  const dayIndex = (at: number): number => Math.floor((at - f.from) / DAY_MS);
  const span = f.to - f.from;
  const [sessions, before, feedback] = await Promise.all([
    sessionsIn(db, f, f.from, f.to, followUpMs),
    sessionsIn(db, f, f.from - span, f.from, followUpMs),
    events(db, f).where('e.type', '=', 'feedback').select([sql<number>`cast((e.at - ${f.from}) / ${DAY_MS} as integer)`.as('day'), 'e.entry', 'e.helpful']).execute(),
  ]);

  const started = zeros();
  const resolvedByDay = zeros();
  const questions = zeros();
  const unanswered = zeros();
  const reasons = new Map<string, number>();
  const asked = new Map<string, { query: string; count: number; answered: number }>();
  const shown = new Map<string, number>();
  const wrong = new Map<string, number>();
  const reads = new Map<string, number>();
  for (const h of sessions) {
    const i = dayIndex(h.start);
    started[i]! += 1;
    if (h.resolved) resolvedByDay[i]! += 1;
    else reasons.set(h.reason!, (reasons.get(h.reason!) ?? 0) + 1);
    questions[i]! += h.questions;
    unanswered[i]! += h.unanswered;
    for (const w of h.wrong) wrong.set(w.entry, (wrong.get(w.entry) ?? 0) + 1);
    const seen = new Map<string, { query: string; failed: boolean }>();
    for (const e of h.events) {
      if (e.type === 'answer_read' && e.entry) reads.set(e.entry, (reads.get(e.entry) ?? 0) + 1);
      if (e.type === 'search' && e.decision === 'answered') {
        const top = topEntry(e);
        if (top) shown.set(top, (shown.get(top) ?? 0) + 1);
      }
      const key = questionKey(e.query);
      if (!key || !(e.type === 'search' || e.type === 'gave_up' || e.reason || (e.type === 'answer_read' && e.results))) continue;
      const q = seen.get(key) ?? { query: (e.query ?? '').trim(), failed: false };
      q.failed ||= !!e.reason || h.wrong.some((w) => w.id === e.id);
      seen.set(key, q);
    }
    for (const [key, q] of seen) {
      const t = asked.get(key) ?? { query: q.query, count: 0, answered: 0 };
      t.count += 1;
      if (!q.failed) t.answered += 1;
      asked.set(key, t);
    }
  }
  const sum = (a: number[]): number => a.reduce((x, y) => x + y, 0);

  const yes = zeros();
  const no = zeros();
  const rated = new Map<string, { yes: number; no: number }>();
  for (const r of feedback) {
    const i = Math.floor(Number(r.day));
    const e = rated.get(r.entry ?? '') ?? { yes: 0, no: 0 };
    if (r.helpful === 1) (yes[i]! += 1), (e.yes += 1);
    else (no[i]! += 1), (e.no += 1);
    rated.set(r.entry ?? '', e);
  }
  const entryIds = new Set([...rated.keys(), ...reads.keys(), ...wrong.keys()].filter(Boolean));
  const entries = [...entryIds]
    .map((entry) => {
      const r = rated.get(entry) ?? { yes: 0, no: 0 };
      return { entry, yes: r.yes, no: r.no, reads: reads.get(entry) ?? 0, rate: ratio(r.yes, r.yes + r.no), wrong: wrong.get(entry) ?? 0, shown: shown.get(entry) ?? 0 };
    })
    .sort((a, b) => b.wrong + b.no - (a.wrong + a.no) || b.yes + b.no - (a.yes + a.no) || b.reads - a.reads || (a.entry < b.entry ? -1 : 1))
    .slice(0, 50);

  const resolved = sum(resolvedByDay);
  return {
    days: started.map((_, i) => dayOf(f.from + i * DAY_MS)),
    resolution: {
      rate: ratio(resolved, sessions.length),
      sessions: sessions.length,
      resolved,
      previous: ratio(before.filter((h) => h.resolved).length, before.length),
      series: started.map((n, i) => ratio(resolvedByDay[i]!, n)),
      reasons: [...reasons].map(([reason, count]) => ({ reason, sessions: count })).sort((a, b) => b.sessions - a.sessions || (a.reason < b.reason ? -1 : 1)),
    },
    unanswered: { rate: ratio(sum(unanswered), sum(questions)), questions: sum(questions), unanswered: sum(unanswered), series: questions.map((n, i) => ratio(unanswered[i]!, n)) },
    handoffs: await handoffsPerChannel(db, f),
    helpfulness: { rate: ratio(sum(yes), sum(yes) + sum(no)), yes: sum(yes), no: sum(no), series: yes.map((y, i) => ratio(y, y + no[i]!)), entries },
    top_searches: { total: sum(questions), series: questions, queries: [...asked.values()].sort((a, b) => b.count - a.count || (a.query < b.query ? -1 : 1)).slice(0, 20) },
  };
}

async function handoffsPerChannel(db: Kysely<DashboardSchema>, f: Filters): Promise<Measures['handoffs']> {
  let q = db.selectFrom('handoffs').select(['channel', sql<number>`cast((created_at - ${f.from}) / ${DAY_MS} as integer)`.as('day'), sql<number>`count(*)`.as('n')])
    .where('created_at', '>=', f.from).where('created_at', '<', f.to).groupBy(['channel', 'day']);
  if (f.site) q = q.where('site', '=', f.site);
  if (f.sites) q = q.where('site', 'in', inList(f.sites));
  const rows = await q.execute();
  const series: Record<string, number[]> = {};
  for (const r of rows) {
    const list = (series[r.channel] ??= new Array<number>(f.days).fill(0));
    list[Math.floor(Number(r.day))]! += Number(r.n);
  }
  const by_channel = Object.entries(series).map(([channel, s]) => ({ channel, count: s.reduce((a, b) => a + b, 0) })).sort((a, b) => b.count - a.count);
  return { total: by_channel.reduce((a, c) => a + c.count, 0), by_channel, series };
}
