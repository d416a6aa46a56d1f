/**
 * The hand-off inbox (JSON under /dashboard/api):
 * - GET   /api/handoffs?q=AY-7K3Q&status=open   newest first; q matches the reference or the contact email;
 *                                               `held`: per site, hand-offs of the last 7 days whose deliveries were held
 * - GET   /api/handoffs/:id                     with the full transcript
 * - POST  /api/handoffs/held { site, action }   send ("release") or give up ("discard") a site's held deliveries (admin, CSRF)
 * Changes and the conversation: ./conversation-routes.ts.
 */
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { HANDOFF_STATUSES } from '../../db/dashboard-schema.ts';
import { HttpError } from '../../http/errors.ts';
import { decideHeld, getHandoff, heldDeliveries, listHandoffs } from '../queries/handoffs.ts';
import { askSite, ownSite, sitesOf } from '../site-access.ts';
import type { RouteContext } from './context.ts';

const Query = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    status: Type.Optional(Type.Union([Type.Literal(''), Type.Enum(HANDOFF_STATUSES)])),
    site: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
);
const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const HeldDecision = Type.Object({ site: Type.String({ minLength: 1, maxLength: 64 }), action: Type.Union([Type.Literal('release'), Type.Literal('discard')]) }, { additionalProperties: false });

export async function inboxRoutes(scope: FastifyInstance, { db, guards }: RouteContext): Promise<void> {
  scope.get<{ Querystring: Static<typeof Query> }>('/api/handoffs', { onRequest: [guards.user], schema: { querystring: Query } }, async (request) => {
    const { q, status, site } = request.query;
    askSite(request, site);
    const sites = sitesOf(request);
    const only = { ...(site ? { site } : {}), ...(sites ? { sites } : {}) };
    return {
      handoffs: await listHandoffs(db, { ...(q ? { q } : {}), ...(status ? { status } : {}), ...only }),
      held: await heldDeliveries(db, only),
    };
  });

  scope.get<{ Params: Static<typeof Params> }>('/api/handoffs/:id', { onRequest: [guards.user], schema: { params: Params } }, async (request) => {
    const handoff = await getHandoff(db, request.params.id);
    ownSite(request, handoff?.site, 'no such hand-off');
    if (!handoff) throw new HttpError(404, 'not_found', 'id', 'no such hand-off');
    return { handoff };
  });

  scope.post<{ Body: Static<typeof HeldDecision> }>('/api/handoffs/held', { onRequest: [guards.admin, guards.csrf], schema: { body: HeldDecision } }, async (request) => {
    const { site, action } = request.body;
    askSite(request, site, 'site');
    const changed = await decideHeld(db, site, action);
    if (!changed) throw new HttpError(404, 'not_found', 'site', 'this site has no held deliveries');
    return { site, action, deliveries: changed };
  });
}
