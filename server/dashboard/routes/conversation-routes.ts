/**
 * A hand-off's conversation in the inbox (JSON under /dashboard/api):
 * - GET   /api/handoffs/:id/conversation                      messages (notes too), deliveries with their attempts, who it can be assigned to
 * - POST  /api/handoffs/:id/messages { kind, text }           an agent's reply (emailed, shown in the widget) or an internal note
 * - PATCH /api/handoffs/:id { status?, assignee? }            new / open / waiting / solved; a dashboard user's id or null
 * - POST  /api/handoffs/:id/deliveries/:delivery/retry        one more attempt of an email or webhook
 * Reads for every user who sees the hand-off's site; changes for admins, with CSRF.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { HANDOFF_STATUSES } from '../../db/dashboard-schema.ts';
import type { Deliveries } from '../../handoff/deliveries.ts';
import { handoffTables } from '../../handoff/tables.ts';
import type { Conversations } from '../../conversation/conversation.ts';
import { HttpError } from '../../http/errors.ts';
import { ownSite } from '../site-access.ts';
import type { RouteContext } from './context.ts';

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const RetryParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), delivery: Type.Integer({ minimum: 1 }) });
const NewMessage = Type.Object({ kind: Type.Enum(['reply', 'note']), text: Type.String({ minLength: 1, maxLength: 10_000, pattern: '\\S' }) }, { additionalProperties: false });
const Change = Type.Object(
  { status: Type.Optional(Type.Enum(HANDOFF_STATUSES)), assignee: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])) },
  { additionalProperties: false, minProperties: 1 },
);

export interface ConversationRoutesContext extends RouteContext {
  conversations: Conversations;
  deliveries: Deliveries;
}

export async function conversationRoutes(scope: FastifyInstance, { db, guards, conversations, deliveries }: ConversationRoutesContext): Promise<void> {
  const k = handoffTables(db);

  /** The hand-off's site, once the user may see it (404 otherwise). */
  async function seen(request: FastifyRequest, id: string): Promise<string> {
    const row = await db.selectFrom('handoffs').select('site').where('id', '=', id).executeTakeFirst();
    ownSite(request, row?.site, 'no such hand-off');
    return row!.site;
  }
  const author = (request: FastifyRequest) => ({ id: request.auth!.user.id, email: request.auth!.user.email });

  scope.get<{ Params: Static<typeof Params> }>('/api/handoffs/:id/conversation', { onRequest: [guards.user], schema: { params: Params } }, async (request) => {
    const site = await seen(request, request.params.id);
    const [messages, rows, log, users] = await Promise.all([
      conversations.messages(request.params.id),
      k.selectFrom('handoff_deliveries').select(['id', 'target', 'status', 'attempts', 'next_at', 'last_error', 'created_at']).where('handoff_id', '=', request.params.id).orderBy('id').execute(),
      k.selectFrom('handoff_delivery_log').select(['delivery_id', 'attempt', 'at', 'ok', 'status_code', 'detail']).where('handoff_id', '=', request.params.id).orderBy('id').execute(),
      db.selectFrom('users').select(['id', 'email', 'sites']).orderBy('email').execute(),
    ]);
    return {
      messages,
      deliveries: rows.map((d) => ({ ...d, attempts_log: log.filter((a) => a.delivery_id === d.id).map(({ delivery_id: _d, ok, ...a }) => ({ ...a, ok: ok === 1 })) })),
      assignees: users.filter((u) => u.sites === null || (JSON.parse(u.sites) as string[]).includes(site)).map(({ id, email }) => ({ id, email })),
    };
  });

  scope.post<{ Params: Static<typeof Params>; Body: Static<typeof NewMessage> }>(
    '/api/handoffs/:id/messages',
    { onRequest: [guards.admin, guards.csrf], schema: { params: Params, body: NewMessage } },
    async (request) => {
      await seen(request, request.params.id);
      const text = request.body.text.trim();
      if (request.body.kind === 'note') return { message: await conversations.note(request.params.id, author(request), text) };
      const result = await conversations.reply(request.params.id, author(request), text);
      return result!;
    },
  );

  scope.patch<{ Params: Static<typeof Params>; Body: Static<typeof Change> }>(
    '/api/handoffs/:id',
    { onRequest: [guards.admin, guards.csrf], schema: { params: Params, body: Change } },
    async (request) => {
      const site = await seen(request, request.params.id);
      const { status, assignee } = request.body;
      if (assignee !== undefined && assignee !== null) {
        const user = await db.selectFrom('users').select(['id', 'sites']).where('id', '=', assignee).executeTakeFirst();
        if (!user || (user.sites !== null && !(JSON.parse(user.sites) as string[]).includes(site))) {
          throw new HttpError(400, 'invalid_request', 'body.assignee', 'must be a dashboard user who sees this site');
        }
      }
      if (assignee !== undefined) await conversations.assign(request.params.id, assignee);
      const now = status ? await conversations.setStatus(request.params.id, status, author(request)) : undefined;
      return { id: request.params.id, ...(now ? { status: now } : {}), ...(assignee !== undefined ? { assignee } : {}) };
    },
  );

  scope.post<{ Params: Static<typeof RetryParams> }>(
    '/api/handoffs/:id/deliveries/:delivery/retry',
    { onRequest: [guards.admin, guards.csrf], schema: { params: RetryParams } },
    async (request) => {
      await seen(request, request.params.id);
      const row = await k.selectFrom('handoff_deliveries').select('id').where('id', '=', request.params.delivery).where('handoff_id', '=', request.params.id).executeTakeFirst();
      if (!row) throw new HttpError(404, 'not_found', 'delivery', 'no such delivery');
      await deliveries.retry(row.id!);
      const after = await k.selectFrom('handoff_deliveries').select(['id', 'status', 'attempts', 'last_error']).where('id', '=', row.id!).executeTakeFirstOrThrow();
      return { delivery: after };
    },
  );
}
