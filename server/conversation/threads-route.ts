/**
 * The customer's side of the conversation, for the widget (no cookies,
 * nothing to log into): the browser keeps a secret per request, made with
 * it; the collector keeps its hash and serves the request's thread only to
 * that secret. JSON as text/plain or application/json (no preflight), CORS
 * for the site's origins as for events, rate limited per address.
 * - POST /v1/threads        { site, id, secret }                     → { thread }
 * - POST /v1/threads/reply  { site, id, secret, clientId, text }     → { message, thread }
 * An unknown id, another site's, or a wrong secret: 404, the same answer.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimitOptions } from '@fastify/rate-limit';
import { Type, type Static, type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { EventId, SiteKey } from '../../widget/src/events/schema.ts';
import { SecretSchema } from '../../widget/src/handoff/schema.ts';
import { HttpError } from '../http/errors.ts';
import { useJsonBodies } from '../http/json-body.ts';
import { assertSiteOrigin, type SiteRegistry } from '../sites/registry.ts';
import { firstSchemaError } from '../validate/first-error.ts';
import type { Conversations } from './conversation.ts';
import { secretMatches } from './secret.ts';

const strict = { additionalProperties: false } as const;
const Ask = Type.Object({ site: SiteKey, id: EventId, secret: SecretSchema }, strict);
const Answer = Type.Object({ ...Ask.properties, clientId: EventId, text: Type.String({ minLength: 1, maxLength: 5000, pattern: '\\S' }) }, strict);

/** Answers a customer may send per minute from one address. */
export const THREAD_REPLIES_PER_MINUTE = 20;

export interface ThreadsRouteOptions {
  sites: SiteRegistry;
  conversations: Conversations;
  /** Reads per minute and address: the config's `rateLimit.max` (each open "Your requests" asks for each request every 4 s; an office behind one address counts as one). */
  readsPerMinute: number;
}

/** At most `max` requests a minute from one address, per `name`. */
export function limit(max: number, name: string): RateLimitOptions {
  return {
    max,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => `${name}|${request.ip}`,
    errorResponseBuilder: (_request, context) => new HttpError(429, 'rate_limited', '$', `too many requests from this address; retry in ${context.after}`),
  };
}

function parse<S extends TSchema>(validator: ReturnType<typeof Compile<S>>, body: unknown): Static<S> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'invalid_body', '$', 'must be a JSON object');
  if (!validator.Check(body)) {
    const refusal = firstSchemaError(validator, body, '');
    throw new HttpError(400, 'invalid_body', refusal.path, refusal.message);
  }
  return body as Static<S>;
}

const ask = Compile(Ask);
const answer = Compile(Answer);

export async function threadsRoute(scope: FastifyInstance, { sites, conversations, readsPerMinute }: ThreadsRouteOptions): Promise<void> {
  useJsonBodies(scope);
  scope.addHook('onSend', async (request, reply) => {
    const origin = request.headers.origin;
    void reply.header('vary', 'Origin').header('cache-control', 'no-store');
    if (origin !== undefined && sites.anyOrigin(origin)) void reply.header('access-control-allow-origin', origin).header('access-control-expose-headers', 'Retry-After');
  });

  /** The request's id once its secret is right; 404 otherwise, whatever was wrong. */
  async function opened(request: FastifyRequest, body: Static<typeof Ask>): Promise<string> {
    assertSiteOrigin(sites, body.site, request.headers.origin, 'thread requests');
    const found = await conversations.secretHash(body.id);
    if (!found || found.site !== body.site || !secretMatches(body.secret, found.hash)) throw new HttpError(404, 'not_found', 'id', 'no such request for this secret');
    return body.id;
  }

  scope.post('/v1/threads', { config: { rateLimit: limit(readsPerMinute, 'threads') } }, async (request) => {
    const id = await opened(request, parse(ask, request.body));
    return { thread: await conversations.thread(id) };
  });

  scope.post('/v1/threads/reply', { config: { rateLimit: limit(THREAD_REPLIES_PER_MINUTE, 'thread-replies') } }, async (request) => {
    const body = parse(answer, request.body);
    const id = await opened(request, body);
    const result = await conversations.customerReply(id, body.clientId, body.text.trim());
    return { message: result!.message, thread: await conversations.thread(id) };
  });
}
