/**
 * The sites the collector accepts, in memory: every site key with its origin
 * matcher and hand-off destinations. The events and hand-offs routes, CORS,
 * the rate limit's buckets, hand-off delivery and the dashboard all read it;
 * the dashboard's site routes call `refresh()` after each change, so a new
 * origin is accepted (or a deleted site refused) by the next request, with
 * no restart; the app also calls it every few seconds (server/app.ts), for
 * changes made by another collector process on the same database. `load()` first writes the configuration's sites to the
 * database (./store.ts explains which source wins).
 *
 * @example
 * const sites = createSiteRegistry(db.kysely, config.sites);
 * await sites.load();
 * sites.originAllowed('shop', 'https://shop.example'); // true; undefined for an unknown site
 */
import type { Kysely } from 'kysely';
import type { SiteConfig } from '../config/config.ts';
import { createOriginMatcher, type OriginMatcher } from '../config/origins.ts';
import type { DatabaseSchema } from '../db/index.ts';
import { HttpError } from '../http/errors.ts';
import { listSites, syncConfigSites, type Site } from './store.ts';

export interface SiteRegistry {
  /** Every site, by key. */
  list(): readonly Site[];
  get(key: string): Site | undefined;
  has(key: string): boolean;
  /** Whether `origin` may send for site `key`; undefined when there is no such site. */
  originAllowed(key: string, origin: string): boolean | undefined;
  /** Whether `origin` belongs to any site (for CORS preflights, which carry no site). */
  anyOrigin: OriginMatcher;
  /** Store the configuration's sites, then read every site. */
  load(): Promise<void>;
  /** Read every site again (after a change in the dashboard). */
  refresh(): Promise<void>;
}

interface Entry {
  site: Site;
  allows: OriginMatcher;
}

export function createSiteRegistry(kysely: Kysely<DatabaseSchema>, configSites: readonly SiteConfig[]): SiteRegistry {
  let byKey = new Map<string, Entry>();
  let any: OriginMatcher = () => false;

  const use = (sites: Site[]): void => {
    byKey = new Map(sites.map((site) => [site.key, { site, allows: createOriginMatcher(site.origins) }]));
    any = createOriginMatcher(sites.flatMap((s) => s.origins));
  };
  const refresh = async (): Promise<void> => use(await listSites(kysely));

  return {
    list: () => [...byKey.values()].map((e) => e.site),
    get: (key) => byKey.get(key)?.site,
    has: (key) => byKey.has(key),
    originAllowed: (key, origin) => byKey.get(key)?.allows(origin),
    anyOrigin: (origin) => any(origin),
    async load() {
      await syncConfigSites(kysely, configSites);
      await refresh();
    },
    refresh,
  };
}

/**
 * Refuse (403) a request for a site that does not exist, or from a page
 * origin the site does not allow. Requests without an Origin header (not
 * from a browser page) are checked on the site only.
 */
export function assertSiteOrigin(sites: SiteRegistry, key: string, origin: string | undefined, what: string): void {
  if (!sites.has(key)) throw new HttpError(403, 'unknown_site', 'site', 'unknown site key');
  if (origin !== undefined && !sites.originAllowed(key, origin)) {
    throw new HttpError(403, 'origin_not_allowed', 'site', `this page origin may not send ${what} for this site`);
  }
}
