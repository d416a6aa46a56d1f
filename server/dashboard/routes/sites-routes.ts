/**
 * Site management for admins (JSON under /dashboard/api, CSRF on changes):
 * - GET    /api/sites             every site, with its origins and hand-off destinations
 * - POST   /api/sites             { key, name?, origins, handoff?, faq?, retentionDays? }
 * - PUT    /api/sites/:key        { name?, origins, handoff?, faq?, retentionDays? }  (a webhook secret left out keeps the stored one; retentionDays null or absent: keep everything)
 * - DELETE /api/sites/:key
 * Sites of ayuda.config.json are listed but refused (409) on change: the file
 * defines them (server/sites/store.ts). Every change refreshes the collector's
 * site registry, so the events and hand-offs routes follow it at once. A
 * webhook secret is never sent back: only its last 4 characters. A site's
 * `faq` (its faq-index.json) is listed with whether it loads, and how many
 * entries it has (server/sites/faq-catalog.ts).
 */
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { SiteKey } from '../../../widget/src/events/schema.ts';
import { ChannelTypeSchema } from '../../../widget/src/handoff/schema.ts';
import { HttpError } from '../../http/errors.ts';
import { checkSiteInput } from '../../sites/site-input.ts';
import { deleteSite, insertSite, READ_ONLY, SiteConflict, updateSite, type Site } from '../../sites/store.ts';
import type { FaqState } from '../../sites/faq-catalog.ts';
import type { SitesReply, SiteView } from '../shared/views.ts';
import { askSite, visible } from '../site-access.ts';
import type { RouteContext } from './context.ts';

const Params = Type.Object({ key: SiteKey });

export function siteView(site: Site, faq?: FaqState): SiteView {
  const { email, webhook } = site.handoff ?? {};
  return {
    key: site.key,
    name: site.name,
    origins: site.origins,
    handoff: {
      ...(email ? { email } : {}),
      ...(webhook ? { webhook: { url: webhook.url, secret_hint: `…${webhook.secret.slice(-4)}`, ...(webhook.channels ? { channels: webhook.channels } : {}) } } : {}),
    },
    faq: site.faq ? { source: site.faq, ...(faq?.entries !== undefined ? { entries: faq.entries } : {}), ...(faq?.problem ? { problem: faq.problem } : {}) } : null,
    retentionDays: site.retentionDays ?? null,
    source: site.source,
    created_at: site.created_at,
    updated_at: site.updated_at,
  };
}

function refused(err: unknown): never {
  if (err instanceof SiteConflict) throw new HttpError(err.status, err.status === 404 ? 'not_found' : 'read_only', 'key', err.message);
  throw err;
}

export async function sitesRoutes(scope: FastifyInstance, { db, sites, guards, faqs }: RouteContext): Promise<void> {
  /** The site as listed, after trying its FAQ index. */
  const view = async (site: Site): Promise<SiteView> => {
    await faqs.get(site.key);
    return siteView(site, faqs.state(site.key));
  };
  const changed = async (key: string): Promise<{ site: SiteView }> => {
    await sites.refresh();
    return { site: await view(sites.get(key)!) };
  };
  const input = (body: unknown, existing?: Site) => {
    const checked = checkSiteInput(body, existing);
    if (!checked.ok) throw new HttpError(400, 'invalid_site', checked.path, checked.message);
    return checked;
  };

  scope.get('/api/sites', { onRequest: [guards.admin] }, async (request): Promise<SitesReply> => ({
    sites: await Promise.all(visible(request, sites.list(), (s) => s.key).map(view)),
    channels: ChannelTypeSchema.enum,
  }));

  // Adding or removing a site is for admins of every site; an admin of some sites edits those.
  scope.post('/api/sites', { onRequest: [guards.everySite, guards.csrf] }, async (request, reply) => {
    const { key, fields } = input(request.body);
    if (sites.get(key)?.source === 'config') refused(new SiteConflict(409, READ_ONLY));
    await insertSite(db, key, fields).catch(refused);
    return reply.code(201).send(await changed(key));
  });

  scope.put<{ Params: Static<typeof Params> }>('/api/sites/:key', { onRequest: [guards.admin, guards.csrf], schema: { params: Params } }, async (request) => {
    const existing = sites.get(request.params.key);
    if (existing) askSite(request, existing.key, 'key');
    if (!existing) throw new HttpError(404, 'not_found', 'key', 'no such site');
    if (existing.source === 'config') refused(new SiteConflict(409, READ_ONLY));
    const { fields } = input(request.body, existing);
    await updateSite(db, existing.key, fields).catch(refused);
    return changed(existing.key);
  });

  scope.delete<{ Params: Static<typeof Params> }>('/api/sites/:key', { onRequest: [guards.everySite, guards.csrf], schema: { params: Params } }, async (request) => {
    await deleteSite(db, request.params.key).catch(refused);
    await sites.refresh();
    return { key: request.params.key, removed: true };
  });
}
