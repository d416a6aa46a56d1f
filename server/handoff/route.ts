/**
 * POST /v1/handoffs: a hand-off from the widget's outbox. Validated like
 * event batches (the shared schema, 64 KB, the site key and the page's
 * origin, the same CORS), limited far tighter (per address before parsing,
 * then per contact email and per site: ./handoff-limits.ts), stored once
 * per id in the inbox, then delivered to the site's email and webhook
 * destinations (./deliveries.ts). Answers `{ stored, reference }` once the
 * hand-off and its deliveries are committed. A hand-off without an Origin
 * header (not sent by a browser) is stored, but its deliveries are held
 * once the site's hand-offs of the last hour pass a ceiling.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { MAX_HANDOFF_BYTES, type HandoffReply } from '../../widget/src/handoff/schema.ts';
import type { CollectorConfig } from '../config/config.ts';
import type { CollectorDb } from '../db/index.ts';
import { HttpError } from '../http/errors.ts';
import { useJsonBodies } from '../http/json-body.ts';
import { addressRateLimit } from '../http/rate-limit.ts';
import { assertSiteOrigin, type SiteRegistry } from '../sites/registry.ts';
import { checkHandoff } from './check-handoff.ts';
import { createDeliveries, type Deliveries, type DeliveryOptions } from './deliveries.ts';
import { createHandoffLimiter } from './handoff-limits.ts';
import { storeHandoff } from './store-handoff.ts';
import { startConversation } from '../conversation/start.ts';
import { handoffTables } from './tables.ts';

const Reply = Type.Object({ stored: Type.Boolean(), reference: Type.String() });

export interface HandoffsRouteOptions {
  db: CollectorDb;
  config: CollectorConfig;
  /** The sites accepted and their destinations (server/sites/registry.ts). */
  sites: SiteRegistry;
  delivery?: DeliveryOptions;
  /** The collector's delivery queue (shared with the conversations); made here when not given. */
  deliveries?: Deliveries;
}

/**
 * @example
 * await app.register(handoffsRoute, { db, config, sites });
 */
export async function handoffsRoute(scope: FastifyInstance, { db, config, sites, delivery = {}, ...options }: HandoffsRouteOptions): Promise<void> {
  const kysely = handoffTables(db.kysely);
  let deliveries = options.deliveries;
  if (!deliveries) {
    const own = createDeliveries(
      kysely,
      { sites, untrustedPerSitePerHour: config.handoffLimits.untrustedPerSitePerHour, ...(config.smtp ? { smtp: config.smtp } : {}) },
      { log: (m) => scope.log.warn(m), ...delivery },
    );
    scope.addHook('onClose', () => own.close());
    deliveries = own;
  }
  const limiter = createHandoffLimiter(scope, config.handoffLimits);

  useJsonBodies(scope);
  // CORS as for events (server/http/cors.ts). @fastify/cors can be registered
  // once per app (it declares the catch-all OPTIONS route, which answers the
  // preflights of this route too), so the actual request's headers are set here.
  scope.addHook('onSend', async (request, reply) => {
    const origin = request.headers.origin;
    void reply.header('vary', 'Origin');
    if (origin !== undefined && sites.anyOrigin(origin)) {
      void reply.header('access-control-allow-origin', origin).header('access-control-expose-headers', 'Retry-After');
    }
  });

  scope.post(
    '/v1/handoffs',
    {
      bodyLimit: MAX_HANDOFF_BYTES,
      schema: { response: { 200: Reply } },
      config: { rateLimit: addressRateLimit('handoffs', { max: config.handoffLimits.perAddressPerMinute, timeWindowMs: 60_000 }, 'hand-offs') },
    },
    async (request, reply): Promise<HandoffReply> => {
      const checked = checkHandoff(request.body);
      if (!checked.ok) throw new HttpError(400, 'invalid_body', checked.path, checked.message);
      // The secret stays out of the inbox row, the email and the webhook: only its hash is kept.
      const { record, start } = startConversation(checked.record);
      assertSiteOrigin(sites, record.site, request.headers.origin, 'hand-offs');
      await limiter.check(request, reply);
      const result = await storeHandoff(kysely, record, start);
      // Without Origin it did not come from a browser's page: its deliveries may be held (./deliveries.ts).
      if (result.stored) await deliveries!.enqueue({ ...record, reference: result.reference }, { untrusted: request.headers.origin === undefined });
      return result;
    },
  );
}
