/**
 * GET /v1/notices/:site — a site's live notices for the widget: public JSON
 * (no cookies; CORS for the site's origins like the events route), with an
 * ETag and a short `Cache-Control`, 304 on `If-None-Match`. The reply is
 * rebuilt when a notice starts, ends or changes, or the site's FAQ does, or
 * the entries read per page (`suggested`, ./suggested.ts, read again at most
 * every 10 minutes) change.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { Type, type Static } from 'typebox';
import { SiteKey } from '../../widget/src/events/schema.ts';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import { assertSiteOrigin, type SiteRegistry } from '../sites/registry.ts';
import type { FaqCatalog } from '../sites/faq-catalog.ts';
import { noticesReply } from './public-notices.ts';
import { liveNotices } from './store.ts';
import { createSuggestedCache } from './suggested.ts';
import { withNoticesTables } from './tables.ts';

/** Seconds a browser may reuse the reply without asking again. */
export const NOTICES_MAX_AGE = 60;

const Params = Type.Object({ site: SiteKey });

export interface NoticesRouteOptions {
  db: Kysely<DashboardSchema>;
  sites: SiteRegistry;
  faqs: FaqCatalog;
  now?: () => number;
}

export async function noticesRoute(scope: FastifyInstance, { db: base, sites, faqs, now = Date.now }: NoticesRouteOptions): Promise<void> {
  const db = withNoticesTables(base);
  // CORS as for events: a simple GET needs no preflight (the browser's cache sends
  // If-None-Match itself), and @fastify/cors can be registered once per app
  // (server/handoff/route.ts), so the reply's headers are set here.
  scope.addHook('onSend', async (request, reply) => {
    const origin = request.headers.origin;
    void reply.header('vary', 'Origin');
    if (origin !== undefined && sites.anyOrigin(origin)) void reply.header('access-control-allow-origin', origin);
  });
  /** The last reply per site, by what it was made from. */
  const cache = new Map<string, { key: string; body: string; etag: string }>();
  const suggestedFor = createSuggestedCache(base, { now });

  scope.get<{ Params: Static<typeof Params> }>('/v1/notices/:site', { schema: { params: Params } }, async (request, reply) => {
    const { site } = request.params;
    assertSiteOrigin(sites, site, request.headers.origin, 'read notices');
    const notices = await liveNotices(db, site, now());
    const faq = notices.some((n) => n.entries.length) ? await faqs.get(site) : undefined;
    const suggested = await suggestedFor(site);
    const key = JSON.stringify([notices.map((n) => [n.id, n.updated_at]), faq?.version, suggested]);
    let cached = cache.get(site);
    if (cached?.key !== key) {
      const body = JSON.stringify(noticesReply(notices, faq?.engine, suggested));
      cached = { key, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
      cache.set(site, cached);
    }
    void reply.header('cache-control', `public, max-age=${NOTICES_MAX_AGE}`).header('etag', cached.etag);
    const match = request.headers['if-none-match'];
    if (match && match.split(/\s*,\s*/).some((tag) => tag.replace(/^W\//, '') === cached.etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(cached.body);
  });
}
