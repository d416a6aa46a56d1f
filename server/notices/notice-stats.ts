/**
 * A notice's effect: how many customers (browser sessions) saw and opened
 * it, and the unanswered questions and hand-offs on its topic while it was
 * live against the weeks before — the before/after of a fixed FAQ entry
 * (server/dashboard/queries/impact.ts: per 1,000 searches, else per day).
 * "On its topic": the question finds the notice with the widget's own
 * matching (widget/src/notices/find-notices.ts) over the notice's index.
 */
import { sql, type Kysely } from 'kysely';
import { buildSearchIndex } from '../../widget/src/search/build-index.ts';
import { createSearchEngine, type SearchEngine } from '../../widget/src/search/engine.ts';
import { findNotices } from '../../widget/src/notices/find-notices.ts';
import { DAY_MS } from '../dashboard/queries/filters.ts';
import { side, unitOf, WINDOW_DAYS, type Side } from '../dashboard/queries/impact.ts';
import { noticeEntries } from './public-notices.ts';
import { noticeKey, type Notice } from './store.ts';
import type { NoticesSchema } from './tables.ts';

export interface TopicChange {
  /** Per 1,000 searches when both sides had searches, else per day. */
  unit: 'per_1000' | 'per_day';
  before: Side;
  during: Side;
}

export interface NoticeStats {
  /** Distinct sessions with a `notice_shown` / `notice_read` of the notice. */
  seen: number;
  opened: number;
  /** Absent before the notice starts. */
  unanswered?: TopicChange;
  handoffs?: TopicChange;
}

/** Most events of one site read for a notice's topic counts. */
const MAX_EVENTS = 200_000;

export async function noticeStats(db: Kysely<NoticesSchema>, notice: Notice, faq?: SearchEngine, now = Date.now()): Promise<NoticeStats> {
  const key = noticeKey(notice.id);
  const counts = await db
    .selectFrom('events')
    .select(['type', sql<number>`count(distinct session)`.as('n')])
    .where('notice', '=', key)
    .where('site', '=', notice.site)
    .groupBy('type')
    .execute();
  const seen = Number(counts.find((c) => c.type === 'notice_shown')?.n ?? 0);
  const opened = Number(counts.find((c) => c.type === 'notice_read')?.n ?? 0);
  if (notice.starts_at > now) return { seen, opened };

  const startDay = Math.floor(notice.starts_at / DAY_MS) * DAY_MS;
  const from = startDay - WINDOW_DAYS * DAY_MS;
  const to = Math.max(startDay + DAY_MS, Math.min(notice.ends_at, now));
  const days = Math.ceil((to - from) / DAY_MS);
  const rows = await db
    .selectFrom('events')
    .select(['type', 'query', 'locale', 'reason', 'at'])
    .where('site', '=', notice.site)
    .where('at', '>=', from)
    .where('at', '<', to)
    .where((eb) => eb.or([eb('reason', 'is not', null), eb('type', 'in', ['search', 'handoff_requested'])]))
    .limit(MAX_EVENTS)
    .execute();

  const engine = createSearchEngine(buildSearchIndex({ entries: noticeEntries([notice], faq), synonyms: {} }));
  const onTopic = (query: string | null, locale: string): boolean => !!query && findNotices(engine, query, locale.slice(0, 2)).length > 0;
  const unanswered = new Array<number>(days).fill(0);
  const handoffs = new Array<number>(days).fill(0);
  const searches = new Array<number>(days).fill(0);
  for (const r of rows) {
    const day = Math.floor((r.at - from) / DAY_MS);
    if (r.type === 'search') searches[day]!++;
    if (!onTopic(r.query, r.locale)) continue;
    if (r.type === 'handoff_requested') handoffs[day]!++;
    else if (r.reason) unanswered[day]!++;
  }
  const change = (series: number[]): TopicChange => {
    const before = side(series.slice(0, WINDOW_DAYS), searches.slice(0, WINDOW_DAYS));
    const during = side(series.slice(WINDOW_DAYS), searches.slice(WINDOW_DAYS));
    return { unit: unitOf(before, during), before, during };
  };
  return { seen, opened, unanswered: change(unanswered), handoffs: change(handoffs) };
}
