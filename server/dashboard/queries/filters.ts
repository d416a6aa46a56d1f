/**
 * The filters every dashboard view shares, from the query string: site,
 * date range (UTC days, both ends included), language, reason, status and
 * sort. Missing dates mean the last 30 days up to today.
 */
import type { SelectQueryBuilder } from 'kysely';
import { Type, type Static } from 'typebox';
import { QUESTION_REASONS } from '../sessions/help-sessions.ts';
import { GROUP_STATUSES } from '../../db/dashboard-schema.ts';
import { HttpError } from '../../http/errors.ts';
import { GROUP_SORTS, type GroupSort } from '../shared/views.ts';

export const DAY_MS = 86_400_000;
export const DEFAULT_DAYS = 30;
/** Longest range a view may ask for. */
export const MAX_DAYS = 3 * 366;

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Key = Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_-]*$' });
export const FilterQuery = Type.Object(
  {
    site: Type.Optional(Key),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    lang: Type.Optional(Type.String({ maxLength: 8, pattern: '^[a-z]*$' })),
    reason: Type.Optional(Type.Union([Type.Literal(''), Type.Enum(QUESTION_REASONS)])),
    status: Type.Optional(Type.Union([Type.Literal(''), Type.Enum(GROUP_STATUSES)])),
    sort: Type.Optional(Type.Enum(GROUP_SORTS)),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
);
export type FilterQuery = Static<typeof FilterQuery>;

export interface Filters {
  site?: string;
  /** The user's sites when they see only some (../site-access.ts): nothing outside them is counted. */
  sites?: readonly string[];
  lang?: string;
  reason?: string;
  status?: string;
  sort: GroupSort;
  /** First day, "YYYY-MM-DD", and its start in epoch ms. */
  fromDay: string;
  from: number;
  /** Last day included, and the end of the range (exclusive) in epoch ms. */
  toDay: string;
  to: number;
  /** Number of days in the range. */
  days: number;
  offset: number;
  limit: number;
}

export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function parseDay(day: string, field: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!Number.isFinite(ms) || dayOf(ms) !== day) throw new HttpError(400, 'invalid_query', field, 'must be a date YYYY-MM-DD');
  return ms;
}

/** Validated filters; dates default to the last 30 days ending today (`now`). */
export function parseFilters(q: FilterQuery, now = Date.now()): Filters {
  const toStart = q.to ? parseDay(q.to, 'to') : parseDay(dayOf(now), 'to');
  const from = q.from ? parseDay(q.from, 'from') : toStart - (DEFAULT_DAYS - 1) * DAY_MS;
  if (from > toStart) throw new HttpError(400, 'invalid_query', 'from', 'must not be after "to"');
  const days = Math.round((toStart - from) / DAY_MS) + 1;
  if (days > MAX_DAYS) throw new HttpError(400, 'invalid_query', 'from', `the range may span at most ${MAX_DAYS} days`);
  return {
    ...(q.site ? { site: q.site } : {}),
    ...(q.lang ? { lang: q.lang } : {}),
    ...(q.reason ? { reason: q.reason } : {}),
    ...(q.status ? { status: q.status } : {}),
    sort: q.sort ?? GROUP_SORTS[0],
    fromDay: dayOf(from),
    from,
    toDay: dayOf(toStart),
    to: toStart + DAY_MS,
    days,
    offset: q.offset ?? 0,
    limit: q.limit ?? 50,
  };
}

/** The filters as a query string (for links and exports). */
export function filterQueryString(f: Filters): string {
  const p = new URLSearchParams();
  if (f.site) p.set('site', f.site);
  p.set('from', f.fromDay);
  p.set('to', f.toDay);
  if (f.lang) p.set('lang', f.lang);
  if (f.reason) p.set('reason', f.reason);
  if (f.status) p.set('status', f.status);
  p.set('sort', f.sort);
  return p.toString();
}

/** A list for `in`: an empty one matches nothing (SQL has no empty list). */
export const inList = (values: readonly string[]): string[] => (values.length ? [...values] : ['\u0000']);

/** Restrict a query over `group_members` (as `m`) to the filters' site, range, language and reason. */
export function whereMembers<DB, TB extends keyof DB, O>(qb: SelectQueryBuilder<DB, TB, O>, f: Filters): SelectQueryBuilder<DB, TB, O> {
  // Typed loosely on purpose: callers alias group_members as `m`.
  let q = qb as unknown as SelectQueryBuilder<{ m: { site: string; at: number; lang: string; reason: string } }, 'm', O>;
  if (f.site) q = q.where('m.site', '=', f.site);
  if (f.sites) q = q.where('m.site', 'in', inList(f.sites));
  q = q.where('m.at', '>=', f.from).where('m.at', '<', f.to);
  if (f.lang) q = q.where('m.lang', '=', f.lang);
  if (f.reason) q = q.where('m.reason', '=', f.reason);
  return q as unknown as SelectQueryBuilder<DB, TB, O>;
}
