/**
 * Rate limiting per site key and client IP (@fastify/rate-limit). It runs in
 * preValidation, once the body is parsed, so the key can include the batch's
 * site; bodies naming no known site share one bucket per IP.
 */
import type { FastifyRequest } from 'fastify';
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { CollectorConfig } from '../config/config.ts';
import { HttpError } from './errors.ts';

/** The site keys accepted now (the site registry, asked at each request). */
interface KnownSites {
  has(key: string): boolean;
}

/** Route-level `config.rateLimit` for POST /v1/events. */
export function eventsRateLimit(config: CollectorConfig, knownSites: KnownSites): RateLimitOptions {
  return {
    max: config.rateLimit.max,
    timeWindow: config.rateLimit.timeWindowMs,
    hook: 'preValidation',
    keyGenerator: (request: FastifyRequest) => `${siteOf(request.body, knownSites)}|${request.ip}`,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate_limited', '$', `too many requests for this site from this address; retry in ${context.after}`),
  };
}

function siteOf(body: unknown, knownSites: KnownSites): string {
  const site = typeof body === 'object' && body !== null ? (body as { site?: unknown }).site : undefined;
  return typeof site === 'string' && knownSites.has(site) ? site : '?';
}
