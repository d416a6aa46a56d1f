/**
 * Read-only export tokens, for admins (JSON under /dashboard/api, CSRF on changes):
 * - GET  /api/alternates/tokens?site=       the site's tokens (never the tokens themselves)
 * - POST /api/alternates/tokens             { site, name }: 201 with the token, shown this once
 * - POST /api/alternates/tokens/:id/revoke  at once: the export refuses it from the next request
 * A token reads one site's accepted alternates (server/alternates/tokens.ts) and nothing else.
 */
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { SiteKey } from '../../../widget/src/events/schema.ts';
import { withAlternatesTables } from '../../alternates/tables.ts';
import { createToken, listTokens, revokeToken } from '../../alternates/tokens.ts';
import { HttpError } from '../../http/errors.ts';
import { askSite, ownSite } from '../site-access.ts';
import type { RouteContext } from './context.ts';

const SiteQuery = Type.Object({ site: SiteKey }, { additionalProperties: false });
const NewToken = Type.Object({ site: SiteKey, name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });
const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export async function tokenRoutes(scope: FastifyInstance, ctx: RouteContext): Promise<void> {
  const db = withAlternatesTables(ctx.db);
  const { guards } = ctx;

  scope.get<{ Querystring: Static<typeof SiteQuery> }>('/api/alternates/tokens', { onRequest: [guards.admin], schema: { querystring: SiteQuery } }, async (request) => {
    askSite(request, request.query.site);
    return { tokens: await listTokens(db, request.query.site) };
  });

  scope.post<{ Body: Static<typeof NewToken> }>('/api/alternates/tokens', { onRequest: [guards.admin, guards.csrf], schema: { body: NewToken } }, async (request, reply) => {
    const { site, name } = request.body;
    askSite(request, site, 'body.site');
    if (!ctx.sites.get(site)) throw new HttpError(404, 'not_found', 'body.site', 'no such site');
    const { token, view } = await createToken(db, site, name.trim() || site, request.auth!.user.email);
    return reply.code(201).send({ token, ...view });
  });

  scope.post<{ Params: Static<typeof Params> }>('/api/alternates/tokens/:id/revoke', { onRequest: [guards.admin, guards.csrf], schema: { params: Params } }, async (request) => {
    const token = await db.selectFrom('api_tokens').select('site').where('id', '=', request.params.id).executeTakeFirst();
    ownSite(request, token?.site, 'no such token');
    const revoked = await revokeToken(db, request.params.id);
    if (!revoked) throw new HttpError(404, 'not_found', 'id', 'no such token');
    return revoked;
  });
}
