/**
 * POST /v1/events: validate a batch, check the site and origin, store every
 * event in one transaction, answer `{ accepted, duplicates }` after the commit.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { MAX_BATCH_BYTES, type BatchReply } from '../../widget/src/events/schema.ts';
import type { CollectorConfig } from '../config/config.ts';
import type { CollectorDb } from '../db/index.ts';
import { registerCors } from '../http/cors.ts';
import { HttpError } from '../http/errors.ts';
import { useJsonBodies } from '../http/json-body.ts';
import { addressRateLimit } from '../http/rate-limit.ts';
import { assertSiteOrigin, type SiteRegistry } from '../sites/registry.ts';
import { checkBatch } from '../validate/check-batch.ts';

const Reply = Type.Object({ accepted: Type.Integer(), duplicates: Type.Integer() });

export interface EventsRouteOptions {
  db: CollectorDb;
  config: CollectorConfig;
  /** The sites accepted, read at each request (server/sites/registry.ts). */
  sites: SiteRegistry;
}

/**
 * @example
 * await app.register(eventsRoute, { db, config, sites });
 */
export async function eventsRoute(scope: FastifyInstance, { db, config, sites }: EventsRouteOptions): Promise<void> {
  useJsonBodies(scope);
  await registerCors(scope, sites.anyOrigin);

  scope.post(
    '/v1/events',
    {
      bodyLimit: MAX_BATCH_BYTES,
      schema: { response: { 200: Reply } },
      config: { rateLimit: addressRateLimit('events', config.rateLimit) },
    },
    async (request): Promise<BatchReply> => {
      const checked = checkBatch(request.body);
      if (!checked.ok) throw new HttpError(400, 'invalid_body', checked.path, checked.message);
      const { batch } = checked;
      assertSiteOrigin(sites, batch.site, request.headers.origin, 'events');
      return db.insertBatch(batch);
    },
  );
}
