/**
 * Alternates learned from customers who found their answer (JSON under
 * /dashboard/api; server/alternates/ computes them):
 * - GET  /api/alternates?site=&status=proposed|accepted|rejected   a site's wordings by entry, with counts
 * - POST /api/alternates/:id/accept | reject | undo               admin, CSRF: accepting changes what the FAQ learns
 * - GET  /api/alternates/export.json?site=                         `{ "entryId": ["wording", ...] }` of the accepted ones,
 *   for a logged-in user or with `Authorization: Bearer <token>` (a read-only token of that site: ./token-routes.ts)
 */
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { SiteKey } from '../../../widget/src/events/schema.ts';
import type { AlternatesStep } from '../../alternates/alternates-step.ts';
import { acceptedAlternates, listAlternates } from '../../alternates/queries.ts';
import { PROPOSAL_STATUSES, withAlternatesTables, type ProposalStatus } from '../../alternates/tables.ts';
import { tokenSite } from '../../alternates/tokens.ts';
import { HttpError } from '../../http/errors.ts';
import type { AlternatesReply } from '../shared/alternates-views.ts';
import { askSite, ownSite } from '../site-access.ts';
import type { RouteContext } from './context.ts';
import { siteView } from './sites-routes.ts';

export interface AlternatesContext extends RouteContext {
  alternates: AlternatesStep;
}

const ListQuery = Type.Object({ site: SiteKey, status: Type.Optional(Type.Enum(PROPOSAL_STATUSES)) }, { additionalProperties: false });
const ExportQuery = Type.Object({ site: Type.Optional(SiteKey) }, { additionalProperties: false });
const Decision = Type.Object({ id: Type.Integer({ minimum: 1 }), action: Type.Enum(['accept', 'reject', 'undo']) });
const STATUS_OF: Record<Static<typeof Decision>['action'], ProposalStatus> = { accept: 'accepted', reject: 'rejected', undo: 'proposed' };

export async function alternatesRoutes(scope: FastifyInstance, ctx: AlternatesContext): Promise<void> {
  const db = withAlternatesTables(ctx.db);
  const { guards, faqs } = ctx;

  scope.get<{ Querystring: Static<typeof ListQuery> }>('/api/alternates', { onRequest: [guards.user], schema: { querystring: ListQuery } }, async (request): Promise<AlternatesReply> => {
    const { site: key, status = 'proposed' } = request.query;
    askSite(request, key);
    const site = ctx.sites.get(key);
    if (!site) throw new HttpError(404, 'not_found', 'site', 'no such site');
    await ctx.alternates.catchUp(ctx.freshMs);
    const faq = await faqs.get(key);
    return { site: key, status, faq: siteView(site, faqs.state(key)).faq, entries: await listAlternates(db, key, status, faq) };
  });

  scope.post<{ Params: Static<typeof Decision> }>(
    '/api/alternates/:id/:action',
    { onRequest: [guards.admin, guards.csrf], schema: { params: Decision } },
    async (request) => {
      const { id, action } = request.params;
      const status = STATUS_OF[action];
      const proposal = await db.selectFrom('alternate_candidates').select('site').where('id', '=', id).executeTakeFirst();
      ownSite(request, proposal?.site, 'no such proposal');
      const decided = status === 'proposed' ? { decided_by: null, decided_at: null } : { decided_by: request.auth!.user.email, decided_at: Date.now() };
      const result = await db.updateTable('alternate_candidates').set({ status, ...decided }).where('id', '=', id).executeTakeFirst();
      if (!Number(result.numUpdatedRows)) throw new HttpError(404, 'not_found', 'id', 'no such proposal');
      return db.selectFrom('alternate_candidates').select(['id', 'site', 'entry', 'text', 'status', 'decided_by', 'decided_at']).where('id', '=', id).executeTakeFirstOrThrow();
    },
  );

  scope.get<{ Querystring: Static<typeof ExportQuery> }>('/api/alternates/export.json', { schema: { querystring: ExportQuery } }, async (request, reply) => {
    const header = request.headers.authorization;
    let site = request.query.site;
    if (header !== undefined) {
      const token = /^Bearer (\S+)$/i.exec(header)?.[1];
      const allowed = token ? await tokenSite(db, token) : undefined;
      if (!allowed) throw new HttpError(401, 'invalid_token', '$', 'the token is unknown or revoked: an admin creates one on the dashboard’s Learned wordings page');
      if (site !== undefined && site !== allowed) throw new HttpError(403, 'forbidden', 'site', 'this token reads another site’s alternates');
      site = allowed;
    } else if (!request.auth) {
      throw new HttpError(401, 'unauthenticated', '$', 'log in to the dashboard first, or send a read-only token (Authorization: Bearer …)');
    }
    if (!site) throw new HttpError(400, 'invalid_request', 'querystring.site', 'is required');
    if (header === undefined) askSite(request, site);
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="alternates-${site}.json"`)
      .send(`${JSON.stringify(await acceptedAlternates(db, site), null, 2)}\n`);
  });
}
