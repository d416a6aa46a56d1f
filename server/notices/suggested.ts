/**
 * Suggestions that fit the page, learned (issue 16 #4): which answers
 * customers read on which pages (`answer_read` events carry the page's
 * `path` and the `entry`), served with the notices JSON as `suggested`:
 * page path pattern → the site's top entries there. The widget's notices
 * chunk adds them after the script tag's `data-suggestions` rules, so the
 * panel opens on them where the FAQ names no entries for the page
 * (widget/src/panel/suggestions.ts).
 *
 * Per exact path and per section (`/producto/*` for every path under
 * `/producto/`, so a product page nobody read on yet opens on what is read
 * on the others), entries count once per customer (browser session); a
 * pattern needs `minSessions` customers, an entry 2. Exact paths come
 * first (the widget takes the first pattern that matches), then sections,
 * each by how many customers read there; at most `maxPatterns`.
 */
import { sql, type Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';

export interface Read {
  path: string;
  entry: string;
  session: string;
}

export interface LearnOptions {
  /** Entries per pattern (5, the panel's suggestions). */
  perPattern: number;
  /** Customers a pattern needs before it is served (3). */
  minSessions: number;
  /** Customers an entry needs on a pattern (2). */
  minEntrySessions: number;
  maxPatterns: number;
}

export const LEARN: LearnOptions = { perPattern: 5, minSessions: 3, minEntrySessions: 2, maxPatterns: 40 };

/** The section pattern of a path ("/producto/v8" → "/producto/*"), or undefined for a top-level page. */
export function sectionOf(path: string): string | undefined {
  const m = /^(\/[^/]+\/)[^/]/.exec(path);
  return m ? `${m[1]}*` : undefined;
}

/** Pure: reads → pattern → entry ids, most read first. */
export function learnSuggested(reads: Iterable<Read>, options: LearnOptions = LEARN): Record<string, string[]> {
  // pattern → entry → sessions; pattern → sessions
  const byPattern = new Map<string, { exact: boolean; sessions: Set<string>; entries: Map<string, Set<string>> }>();
  for (const r of reads) {
    const path = r.path.split(/[?#]/)[0]!;
    if (!path.startsWith('/')) continue;
    for (const [pattern, exact] of [[path, true], [sectionOf(path), false]] as const) {
      if (!pattern) continue;
      let p = byPattern.get(pattern);
      if (!p) byPattern.set(pattern, (p = { exact, sessions: new Set(), entries: new Map() }));
      p.sessions.add(r.session);
      let e = p.entries.get(r.entry);
      if (!e) p.entries.set(r.entry, (e = new Set()));
      e.add(r.session);
    }
  }
  const ranked = [...byPattern]
    .filter(([, p]) => p.sessions.size >= options.minSessions)
    .map(([pattern, p]) => ({
      pattern,
      exact: p.exact,
      n: p.sessions.size,
      ids: [...p.entries]
        .filter(([, s]) => s.size >= options.minEntrySessions)
        .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
        .slice(0, options.perPattern)
        .map(([id]) => id),
    }))
    .filter((p) => p.ids.length)
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.n - a.n || (a.pattern < b.pattern ? -1 : 1))
    .slice(0, options.maxPatterns);
  return Object.fromEntries(ranked.map((p) => [p.pattern, p.ids]));
}

const DAY_MS = 86_400_000;

/** A site's learned map from its last `days` of answers read, remembered for `ttlMs` (the notices reply's ETag holds meanwhile). */
export function createSuggestedCache(db: Kysely<DashboardSchema>, { days = 30, ttlMs = 10 * 60_000, now = Date.now }: { days?: number; ttlMs?: number; now?: () => number } = {}) {
  const cache = new Map<string, { at: number; map: Record<string, string[]> }>();
  return async function suggestedFor(site: string): Promise<Record<string, string[]>> {
    const t = now();
    const hit = cache.get(site);
    if (hit && t - hit.at < ttlMs) return hit.map;
    const rows = await sql<Read>`
      select distinct path, entry, session from events
      where site = ${site} and type = 'answer_read' and entry is not null and at >= ${t - days * DAY_MS}`.execute(db);
    const map = learnSuggested(rows.rows);
    cache.set(site, { at: t, map });
    return map;
  };
}
