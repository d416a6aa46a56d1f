/**
 * Did the fix work? A group's daily rate of questions per 1,000 searches of
 * its site and language, in the 28 days before the fix date and from the
 * fix date on (at most 28 days, up to today). "Verified" is this
 * measurement, not a checkbox: the rate must have fallen by half or more,
 * over at least 3 days after the fix.
 */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema } from '../../db/dashboard-schema.ts';
import { DAY_MS, dayOf } from './filters.ts';

export const WINDOW_DAYS = 28;
export const MIN_AFTER_DAYS = 3;
/** After-rate at most this share of the before-rate counts as fixed. */
export const FIXED_RATIO = 0.5;

export type Verdict = 'no_fix_date' | 'too_early' | 'no_data' | 'improved' | 'not_improved';

export interface Side {
  days: number;
  questions: number;
  searches: number;
  /** Questions per 1,000 searches (null without searches). */
  per_1000: number | null;
  per_day: number;
}

export interface Impact {
  fixed_at: number | null;
  verdict: Verdict;
  /** The one unit both sides are compared in: per 1,000 searches when both sides had searches, else per day. */
  unit?: 'per_1000' | 'per_day';
  before?: Side;
  after?: Side;
  /** Daily rate per 1,000 searches (null on days without searches), `days` long. */
  series?: { days: string[]; rate: (number | null)[]; questions: number[]; fix_index: number };
}

export function side(questions: number[], searches: number[]): Side {
  const q = questions.reduce((a, b) => a + b, 0);
  const s = searches.reduce((a, b) => a + b, 0);
  const days = questions.length;
  return { days, questions: q, searches: s, per_1000: s ? (q / s) * 1000 : null, per_day: days ? q / days : 0 };
}

export function unitOf(before: Side, after: Side): 'per_1000' | 'per_day' {
  return before.per_1000 !== null && after.per_1000 !== null ? 'per_1000' : 'per_day';
}

export function verdictOf(before: Side, after: Side): Verdict {
  if (after.days < MIN_AFTER_DAYS) return 'too_early';
  if (before.questions === 0) return 'no_data';
  const unit = unitOf(before, after);
  return after[unit]! <= before[unit]! * FIXED_RATIO ? 'improved' : 'not_improved';
}

export async function groupImpact(db: Kysely<DashboardSchema>, group: { id: number; site: string; lang: string; fixed_at: number | null }, now = Date.now()): Promise<Impact> {
  if (group.fixed_at === null) return { fixed_at: null, verdict: 'no_fix_date' };
  const fixDay = Math.floor(group.fixed_at / DAY_MS) * DAY_MS;
  const start = fixDay - WINDOW_DAYS * DAY_MS;
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const end = Math.max(fixDay, Math.min(fixDay + WINDOW_DAYS * DAY_MS, today + DAY_MS));
  const days = Math.round((end - start) / DAY_MS);
  const dayExpr = sql<number>`cast((at - ${start}) / ${DAY_MS} as integer)`;
  const [questionRows, searchRows] = await Promise.all([
    db.selectFrom('group_members').select((eb) => [dayExpr.as('day'), eb.fn.countAll<number>().as('n')])
      .where('group_id', '=', group.id).where('at', '>=', start).where('at', '<', end).groupBy('day').execute(),
    db.selectFrom('events').select((eb) => [dayExpr.as('day'), eb.fn.countAll<number>().as('n')])
      .where('site', '=', group.site).where('at', '>=', start).where('at', '<', end).where('type', '=', 'search')
      .where((eb) => eb.or([eb('locale', '=', group.lang), eb('locale', 'like', `${group.lang}-%`)]))
      .groupBy('day').execute(),
  ]);
  const questions = new Array<number>(days).fill(0);
  const searches = new Array<number>(days).fill(0);
  for (const r of questionRows) questions[Math.floor(Number(r.day))]! += Number(r.n);
  for (const r of searchRows) searches[Math.floor(Number(r.day))]! += Number(r.n);
  const fixIndex = WINDOW_DAYS;
  const before = side(questions.slice(0, fixIndex), searches.slice(0, fixIndex));
  const after = side(questions.slice(fixIndex), searches.slice(fixIndex));
  return {
    fixed_at: group.fixed_at,
    verdict: verdictOf(before, after),
    unit: unitOf(before, after),
    before,
    after,
    series: {
      days: questions.map((_, i) => dayOf(start + i * DAY_MS)),
      rate: questions.map((q, i) => (searches[i] ? Math.round((q / searches[i]!) * 1000 * 100) / 100 : null)),
      questions,
      fix_index: fixIndex,
    },
  };
}
