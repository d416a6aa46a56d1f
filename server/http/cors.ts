/**
 * CORS for the collector routes. A preflight does not carry the body, so it
 * is answered for the origins of ANY configured site; the events route then
 * checks that the Origin belongs to the batch's own site (403 otherwise).
 * `Retry-After` is exposed, so that the widget can honour it on a 429/503.
 */
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import type { OriginMatcher } from '../config/origins.ts';

export async function registerCors(scope: FastifyInstance, anySite: OriginMatcher): Promise<void> {
  await scope.register(cors, {
    origin: (origin, cb) => cb(null, origin !== undefined && anySite(origin) ? origin : false),
    methods: ['POST'],
    allowedHeaders: ['Content-Type'],
    credentials: false,
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });
}
