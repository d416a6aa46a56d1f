/**
 * POST /v1/events: validate a batch, check the site and origin, store every
 * event in one transaction, answer `{ accepted, duplicates }` after the commit.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { MAX_BATCH_BYTES, type BatchReply } from '../../widget/src/events/schema.ts';
import type { CollectorConfig } from '../config/config.ts';
import { createOriginMatcher } from '../config/origins.ts';
import type { CollectorDb } from '../db/index.ts';
import { registerCors } from '../http/cors.ts';
import { HttpError } from '../http/errors.ts';
import { useJsonBodies } from '../http/json-body.ts';
import { eventsRateLimit } from '../http/rate-limit.ts';
import { checkBatch } from '../validate/check-batch.ts';

const Reply = Type.Object({ accepted: Type.Integer(), duplicates: Type.Integer() });

export interface EventsRouteOptions {
  db: CollectorDb;
  config: CollectorConfig;
}

/**
 * @example
 * await app.register(eventsRoute, { db, config });
 */
export async function eventsRoute(scope: FastifyInstance, { db, config }: EventsRouteOptions): Promise<void> {
  const originsBySite = new Map(config.sites.map((s) => [s.key, createOriginMatcher(s.origins)]));
  const anySite = createOriginMatcher(config.sites.flatMap((s) => s.origins));

  useJsonBodies(scope);
  await registerCors(scope, anySite);

  scope.post(
    '/v1/events',
    {
      bodyLimit: MAX_BATCH_BYTES,
      schema: { response: { 200: Reply } },
      config: { rateLimit: eventsRateLimit(config, new Set(originsBySite.keys())) },
    },
    async (request): Promise<BatchReply> => {
      const checked = checkBatch(request.body);
      if (!checked.ok) throw new HttpError(400, 'invalid_body', checked.path, checked.message);
      const { batch } = checked;
      const originAllowed = originsBySite.get(batch.site);
      if (!originAllowed) throw new HttpError(403, 'unknown_site', 'site', 'unknown site key');
      const origin = request.headers.origin;
      if (origin !== undefined && !originAllowed(origin)) {
        throw new HttpError(403, 'origin_not_allowed', 'site', 'this page origin may not send events for this site');
      }
      return db.insertBatch(batch);
    },
  );
}
