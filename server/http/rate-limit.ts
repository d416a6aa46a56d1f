/**
 * Rate limiting of the collector routes per client IP (@fastify/rate-limit).
 * It runs in onRequest, before the body is read or parsed, so a flood of
 * malformed bodies costs the collector no parsing and gets 429s, not 400s.
 * The key is the address alone: site keys are public, so a bucket per site
 * would let one address multiply its budget by naming other sites.
 * Behind a reverse proxy, `trustProxy` makes `request.ip` the client's.
 */
import type { FastifyRequest } from 'fastify';
import type { RateLimitOptions } from '@fastify/rate-limit';
import { HttpError } from './errors.ts';

/** Route-level `config.rateLimit`: `max` requests per `timeWindowMs` from one address, counted before parsing. */
export function addressRateLimit(route: string, limit: { max: number; timeWindowMs: number }, what = 'requests'): RateLimitOptions {
  return {
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    hook: 'onRequest',
    keyGenerator: (request: FastifyRequest) => `${route}|${request.ip}`,
    errorResponseBuilder: (_request, context) => new HttpError(429, 'rate_limited', '$', `too many ${what} from this address; retry in ${context.after}`),
  };
}
