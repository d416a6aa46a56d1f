/**
 * The `sites` table (server/db/migrations-sites.ts): reading every site,
 * writing the configuration file's sites at start-up, and the admin's
 * changes to the sites created in the dashboard. The rule:
 * - a site of ayuda.config.json (or the built-in `demo`) is stored with
 *   source `config` and rewritten from the file at every start; a file site
 *   that left the file is removed; the dashboard shows it read-only;
 * - a site created in the dashboard has source `dashboard`; only those can
 *   be edited or deleted there. When the file later names the same key, the
 *   file takes it over.
 */
import type { Kysely } from 'kysely';
import type { SiteConfig } from '../config/config.ts';
import type { DatabaseSchema } from '../db/index.ts';
import type { HandoffSiteSettings } from '../handoff/settings.ts';

export type SiteSource = 'config' | 'dashboard';

export interface SitesTable {
  key: string;
  name: string;
  /** JSON array of origin patterns. */
  origins: string;
  /** JSON of HandoffSiteSettings, or null. */
  handoff: string | null;
  /** Where the site's faq-index.json is (path or http(s) URL), or null. */
  faq: string | null;
  /** Days after which its old conversations and events are deleted (server/privacy/retention.ts), or null: kept. */
  retention_days: number | null;
  source: SiteSource;
  created_at: number;
  updated_at: number;
}

type SitesDb = Kysely<DatabaseSchema & { sites: SitesTable }>;

/** One site as the collector uses it. */
export interface Site extends SiteConfig {
  name: string;
  source: SiteSource;
  created_at: number;
  updated_at: number;
}

/** What an admin sets on a site (the key only when creating it). */
export interface SiteFields {
  name: string;
  origins: string[];
  handoff?: HandoffSiteSettings;
  faq?: string;
  retentionDays?: number;
}

export class SiteConflict extends Error {
  override name = 'SiteConflict';
  constructor(
    readonly status: 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

export const READ_ONLY = 'this site is defined in ayuda.config.json: change it there and restart the collector';

const sitesOf = (kysely: Kysely<DatabaseSchema>): SitesDb => kysely as unknown as SitesDb;

function toSite(row: SitesTable): Site {
  const handoff = row.handoff ? (JSON.parse(row.handoff) as HandoffSiteSettings) : undefined;
  return {
    key: row.key,
    name: row.name,
    origins: JSON.parse(row.origins) as string[],
    ...(handoff ? { handoff } : {}),
    ...(row.faq ? { faq: row.faq } : {}),
    ...(row.retention_days ? { retentionDays: Number(row.retention_days) } : {}),
    source: row.source,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

function columns(fields: SiteFields): Pick<SitesTable, 'name' | 'origins' | 'handoff' | 'faq' | 'retention_days'> {
  const handoff = fields.handoff && (fields.handoff.email || fields.handoff.webhook) ? JSON.stringify(fields.handoff) : null;
  return { name: fields.name, origins: JSON.stringify(fields.origins), handoff, faq: fields.faq ?? null, retention_days: fields.retentionDays ?? null };
}

export async function listSites(kysely: Kysely<DatabaseSchema>): Promise<Site[]> {
  const rows = await sitesOf(kysely).selectFrom('sites').selectAll().orderBy('key').execute();
  return rows.map(toSite);
}

/** Store the configuration's sites (source `config`) and drop the file sites it no longer names. */
export async function syncConfigSites(kysely: Kysely<DatabaseSchema>, configSites: readonly SiteConfig[], now = Date.now()): Promise<void> {
  await sitesOf(kysely)
    .transaction()
    .execute(async (tx) => {
      const stored = new Map((await tx.selectFrom('sites').selectAll().execute()).map((r) => [r.key, r]));
      for (const site of configSites) {
        const values = { ...columns({ name: site.name ?? site.key, origins: site.origins, ...(site.handoff ? { handoff: site.handoff } : {}), ...(site.faq ? { faq: site.faq } : {}), ...(site.retentionDays ? { retentionDays: site.retentionDays } : {}) }), source: 'config' as const };
        const old = stored.get(site.key);
        if (!old) await tx.insertInto('sites').values({ key: site.key, ...values, created_at: now, updated_at: now }).execute();
        else if (old.source !== 'config' || old.name !== values.name || old.origins !== values.origins || old.handoff !== values.handoff || old.faq !== values.faq || (old.retention_days === null ? null : Number(old.retention_days)) !== values.retention_days) {
          await tx.updateTable('sites').set({ ...values, updated_at: now }).where('key', '=', site.key).execute();
        }
      }
      const keys = configSites.map((s) => s.key);
      let gone = tx.deleteFrom('sites').where('source', '=', 'config');
      if (keys.length) gone = gone.where('key', 'not in', keys);
      await gone.execute();
    });
}

/** A new dashboard site; 409 when the key is taken. */
export async function insertSite(kysely: Kysely<DatabaseSchema>, key: string, fields: SiteFields, now = Date.now()): Promise<void> {
  const db = sitesOf(kysely);
  const result = await db
    .insertInto('sites')
    .values({ key, ...columns(fields), source: 'dashboard', created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  if (!result.numInsertedOrUpdatedRows) throw new SiteConflict(409, `a site with key "${key}" already exists`);
}

async function dashboardSite(db: SitesDb, key: string): Promise<SitesTable> {
  const row = await db.selectFrom('sites').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row) throw new SiteConflict(404, 'no such site');
  if (row.source !== 'dashboard') throw new SiteConflict(409, READ_ONLY);
  return row;
}

/** Replace a dashboard site's fields (name, origins, hand-off); 404 or 409 for a file site. */
export async function updateSite(kysely: Kysely<DatabaseSchema>, key: string, fields: SiteFields, now = Date.now()): Promise<void> {
  const db = sitesOf(kysely);
  await dashboardSite(db, key);
  await db.updateTable('sites').set({ ...columns(fields), updated_at: now }).where('key', '=', key).execute();
}

export async function deleteSite(kysely: Kysely<DatabaseSchema>, key: string): Promise<void> {
  const db = sitesOf(kysely);
  await dashboardSite(db, key);
  await db.deleteFrom('sites').where('key', '=', key).execute();
}
