/**
 * The hand-off limits that need the parsed record (the per-address one runs
 * before parsing, server/http/rate-limit.ts): per site and contact email
 * (case folded), and per site, each per minute, counted in
 * @fastify/rate-limit's store. A refusal is a 429 with Retry-After naming
 * the field at fault, which the widget's outbox honours and retries.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HandoffLimits } from '../config/config.ts';
import { HttpError } from '../http/errors.ts';
import type { HandoffRecord } from '../../widget/src/handoff/types.ts';

const MINUTE_MS = 60_000;

export interface HandoffLimiter {
  /** Count the hand-off of `request` (its body checked already); throws a 429 HttpError (Retry-After set on `reply`) when over a limit. */
  check(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

/** The contact email as one bucket: trimmed, lower case. */
export const contactKey = (record: HandoffRecord): string | undefined => record.contact.email?.trim().toLowerCase() || undefined;

export function createHandoffLimiter(scope: FastifyInstance, limits: HandoffLimits): HandoffLimiter {
  const record = (request: FastifyRequest): HandoffRecord => request.body as HandoffRecord;
  const perContact = scope.createRateLimit({ max: limits.perContactPerMinute, timeWindow: MINUTE_MS, keyGenerator: (r) => `handoff-contact|${record(r).site}|${contactKey(record(r))}` });
  const perSite = scope.createRateLimit({ max: limits.perSitePerMinute, timeWindow: MINUTE_MS, keyGenerator: (r) => `handoff-site|${record(r).site}` });
  const refuse = (reply: FastifyReply, ttlInSeconds: number, path: string, what: string): never => {
    void reply.header('retry-after', Math.max(1, ttlInSeconds));
    throw new HttpError(429, 'rate_limited', path, `too many hand-offs ${what}; retry in ${Math.max(1, ttlInSeconds)} seconds`);
  };
  return {
    async check(request, reply) {
      if (contactKey(record(request))) {
        const contact = await perContact(request);
        if (!contact.isAllowed && contact.isExceeded) refuse(reply, contact.ttlInSeconds, 'contact.email', 'for this contact email');
      }
      const site = await perSite(request);
      if (!site.isAllowed && site.isExceeded) refuse(reply, site.ttlInSeconds, 'site', 'for this site');
    },
  };
}
