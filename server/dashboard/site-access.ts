/**
 * Which sites a dashboard user sees: every site (`sites` null, the default),
 * or the ones an admin listed (an agency's clients, one brand of several).
 * Every view, export and change of the dashboard reads its sites here:
 * lists are filtered to them, a site asked for outside them is refused
 * (403), and a group, hand-off or proposal of another site does not exist
 * for the user (404, so ids do not reveal other sites' data). Users and
 * sites are managed only by admins of every site.
 */
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http/errors.ts';
import { parseFilters, type FilterQuery, type Filters } from './queries/filters.ts';

/** The user's sites, or null: every site. */
export function sitesOf(request: FastifyRequest): string[] | null {
  return request.auth?.user.sites ?? null;
}

export function seesSite(request: FastifyRequest, site: string): boolean {
  const sites = sitesOf(request);
  return sites === null || sites.includes(site);
}

/** Refuse a site the user asked for by name (a filter, a query parameter) outside their sites. */
export function askSite(request: FastifyRequest, site: string | undefined, field = 'site'): void {
  if (site && !seesSite(request, site)) throw new HttpError(403, 'forbidden', field, 'you do not have access to this site');
}

/** Refuse a record (group, hand-off, proposal) of a site outside the user's as if it did not exist. */
export function ownSite(request: FastifyRequest, site: string | undefined | null, what = 'no such record'): void {
  if (!site || !seesSite(request, site)) throw new HttpError(404, 'not_found', 'id', what);
}

/** The view's filters, limited to the user's sites. */
export function scopedFilters(request: FastifyRequest, q: FilterQuery, now?: number): Filters {
  askSite(request, q.site);
  const f = parseFilters(q, now);
  const sites = sitesOf(request);
  return sites === null ? f : { ...f, sites };
}

/** Keep what the user may see of a list keyed by site. */
export function visible<T>(request: FastifyRequest, items: readonly T[], siteOf: (item: T) => string): T[] {
  const sites = sitesOf(request);
  return sites === null ? [...items] : items.filter((i) => sites.includes(siteOf(i)));
}
