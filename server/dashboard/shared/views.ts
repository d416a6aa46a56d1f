/**
 * The dashboard's views as its JSON API answers them, and the filters they
 * take: one definition for the server (queries/, routes/) and the UI bundle
 * (ui/). Types and plain constants only — nothing here may import server
 * code or TypeBox, since Vite bundles it into the browser app.
 */
import type { GroupStatus } from '../../db/dashboard-schema.ts';

/** How the groups view can be sorted, first the default. */
export const GROUP_SORTS = ['count', 'growth'] as const;
export type GroupSort = (typeof GROUP_SORTS)[number];

/** The filters a view can show, as named in the query string. */
export type FilterField = 'site' | 'from' | 'to' | 'lang' | 'reason' | 'status' | 'sort';

/** GET /api/meta: the choices of the filters. */
export interface Meta {
  sites: string[];
  langs: string[];
  reasons: readonly string[];
  statuses: readonly string[];
  /** Today, "YYYY-MM-DD" (UTC). */
  today: string;
}

/** The date range a view applied (the defaults when the URL names none). */
export interface AppliedFilters {
  from: string;
  to: string;
  days: number;
}

export interface GroupSummary {
  id: number;
  site: string;
  lang: string;
  representative: string;
  count: number;
  sessions: number;
  /** Questions in the second half of the range, and in the first. */
  recent: number;
  earlier: number;
  /** Questions per day of the range, oldest first. */
  trend: number[];
  reasons: Record<string, number>;
  closest_entry: string | null;
  first_at: number;
  last_at: number;
  status: GroupStatus;
  owner: string | null;
  entry_id: string | null;
  fixed_at: number | null;
}

/** FAQ entry titles (each entry's question) by site, then entry id: only the ids the view shows and the site's FAQ index has. */
export type EntryTitles = Record<string, Record<string, string>>;

export interface GroupsPage {
  total_groups: number;
  total_questions: number;
  groups: GroupSummary[];
  /** Titles of the groups' closest and linked entries. */
  titles?: EntryTitles;
}

type Series = (number | null)[];

/**
 * GET /api/measures. `resolution` counts help sessions (customers who asked
 * something: server/dashboard/sessions/help-sessions.ts); `unanswered` and
 * `top_searches` count questions (each wording once per help session).
 */
export interface Measures {
  days: string[];
  resolution: {
    rate: number | null;
    sessions: number;
    /** Resolved help sessions: each one a hand-off avoided. */
    resolved: number;
    /** The rate over the same number of days just before. */
    previous: number | null;
    series: Series;
    /** Unresolved help sessions by why. */
    reasons: { reason: string; sessions: number }[];
  };
  unanswered: { rate: number | null; questions: number; unanswered: number; series: Series };
  handoffs: { total: number; by_channel: { channel: string; count: number }[]; series: Record<string, number[]> };
  helpfulness: {
    rate: number | null;
    yes: number;
    no: number;
    series: Series;
    /** Per entry: "did this help?", reads, and answered searches that showed it first and proved wrong (of `shown`). */
    entries: { entry: string; yes: number; no: number; reads: number; rate: number | null; wrong: number; shown: number; /** Its question, from the site's FAQ index, when known. */ title?: string }[];
  };
  /** Questions per day, and the most asked (folded), with how many were answered. */
  top_searches: { total: number; series: number[]; queries: { query: string; count: number; answered: number }[] };
}

/** One site as GET /api/sites lists it. The webhook's secret is never sent back, only its last 4 characters. */
export interface SiteView {
  key: string;
  name: string;
  origins: string[];
  handoff: {
    email?: { to: string | string[]; from?: string; channels?: string[] };
    webhook?: { url: string; secret_hint: string; channels?: string[] };
  };
  /** Where its faq-index.json is, and whether it could be loaded (entries) or not (problem); null: none set. */
  faq: { source: string; entries?: number; problem?: string } | null;
  /** Days after which its old conversations and events are deleted (server/privacy/retention.ts); null: kept. */
  retentionDays: number | null;
  /** `config`: defined in ayuda.config.json (or the built-in default), read-only here; `dashboard`: created by an admin. */
  source: 'config' | 'dashboard';
  created_at: number;
  updated_at: number;
}

/** GET /api/sites. */
export interface SitesReply {
  sites: SiteView[];
  /** The hand-off channels a destination can be limited to. */
  channels: readonly string[];
}
