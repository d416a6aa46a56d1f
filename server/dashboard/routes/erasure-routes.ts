/**
 * Erasing a customer's data from the dashboard (admins; JSON under
 * /dashboard/api, CSRF on every call, POST so that an email never sits in
 * a URL or an access log), within the sites the admin sees (or one of them):
 * - POST /api/erasure/preview  { email | reference, site? }            what would go: the hand-offs found and the rows per table
 * - POST /api/erasure          { email | reference, site?, confirm: true }  erase it; logged (server/privacy/erase.ts)
 * - GET  /api/erasures                                                  the log: who, when, what was matched (counts and a hash, never the email)
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { SiteKey } from '../../../widget/src/events/schema.ts';
import { HttpError } from '../../http/errors.ts';
import { eraseCustomer, listErasures, planErasure, type ErasureMatch } from '../../privacy/erase.ts';
import { privacyTables } from '../../privacy/tables.ts';
import { askSite, sitesOf } from '../site-access.ts';
import type { RouteContext } from './context.ts';

const strict = { additionalProperties: false } as const;
const Email = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' });
const Reference = Type.String({ minLength: 3, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' });
const Ask = Type.Object({ email: Type.Optional(Email), reference: Type.Optional(Reference), site: Type.Optional(SiteKey) }, strict);
const Erase = Type.Object({ ...Ask.properties, confirm: Type.Literal(true) }, strict);

export async function erasureRoutes(scope: FastifyInstance, { db, guards }: RouteContext): Promise<void> {
  const k = privacyTables(db);

  /** The customer named, and the sites it covers: the one asked for, else every site the admin sees. */
  function scoped(request: FastifyRequest, body: Static<typeof Ask>): { match: ErasureMatch; sites: string[] | null } {
    if ((body.email === undefined) === (body.reference === undefined)) throw new HttpError(400, 'invalid_request', 'body.email', 'name the customer by email or by reference (one of the two)');
    askSite(request, body.site);
    const match: ErasureMatch = body.email !== undefined ? { email: body.email } : { reference: body.reference! };
    return { match, sites: body.site ? [body.site] : sitesOf(request) };
  }

  scope.post<{ Body: Static<typeof Ask> }>('/api/erasure/preview', { onRequest: [guards.admin, guards.csrf], schema: { body: Ask } }, async (request) => {
    const { match, sites } = scoped(request, request.body);
    return { plan: await planErasure(k, match, sites), sites };
  });

  scope.post<{ Body: Static<typeof Erase> }>('/api/erasure', { onRequest: [guards.admin, guards.csrf], schema: { body: Erase } }, async (request) => {
    const { confirm: _confirm, ...ask } = request.body;
    const { match, sites } = scoped(request, ask);
    const done = await eraseCustomer(k, match, { sites, by: request.auth!.user.email });
    request.log.info({ erasure: done.erasure, counts: done.counts }, 'customer data erased');
    return { erased: done, sites };
  });

  scope.get('/api/erasures', { onRequest: [guards.admin] }, async (request) => {
    const mine = sitesOf(request);
    const all = await listErasures(k);
    // An admin of some sites sees the erasures made within them.
    return { erasures: mine === null ? all : all.filter((e) => e.sites !== null && e.sites.every((s) => mine.includes(s))) };
  });
}
