/**
 * User management for admins (JSON under /dashboard/api, CSRF on changes):
 * - GET    /api/users
 * - POST   /api/users { email, role, password? }  without a password, one is generated and returned once
 * - PATCH  /api/users/:id { role?, sites? }     sites: null for every site, or a list of keys (../site-access.ts)
 * - DELETE /api/users/:id
 * Only admins of every site manage users. The last of them can be neither removed, made a viewer nor
 * limited to some sites; nobody removes themselves.
 */
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { ROLES } from '../../db/dashboard-schema.ts';
import { HttpError } from '../../http/errors.ts';
import { generatePassword, MAX_PASSWORD_LENGTH } from '../../auth/password.ts';
import { createUser, listUsers, updateUser, UserError } from '../../auth/users.ts';
import type { RouteContext } from './context.ts';

const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
/** The sites a user sees: null (or absent) for every site, else their keys. */
const Sites = Type.Union([Type.Null(), Type.Array(Type.String({ maxLength: 64 }), { maxItems: 500 })]);
const NewUser = Type.Object(
  { email: Type.String({ maxLength: 254 }), role: Type.Enum(ROLES), password: Type.Optional(Type.String({ maxLength: MAX_PASSWORD_LENGTH })), sites: Type.Optional(Sites) },
  { additionalProperties: false },
);
const UserChange = Type.Object({ role: Type.Optional(Type.Enum(ROLES)), sites: Type.Optional(Sites) }, { additionalProperties: false, minProperties: 1 });

function refused(err: unknown): never {
  if (err instanceof UserError) throw new HttpError(err.field === 'user' ? 409 : 400, 'invalid_user', err.field, err.message.replace(/^\w+: /, ''));
  throw err;
}

export async function usersRoutes(scope: FastifyInstance, { db, guards }: RouteContext): Promise<void> {
  scope.get('/api/users', { onRequest: [guards.everySite] }, async () => ({ users: await listUsers(db) }));

  scope.post<{ Body: Static<typeof NewUser> }>('/api/users', { onRequest: [guards.everySite, guards.csrf], schema: { body: NewUser } }, async (request, reply) => {
    const generated = request.body.password ? undefined : generatePassword();
    const user = await createUser(db, { ...request.body, password: request.body.password ?? generated! }).catch(refused);
    return reply.code(201).send({ user, ...(generated ? { password: generated } : {}) });
  });

  scope.patch<{ Params: Static<typeof Params>; Body: Static<typeof UserChange> }>(
    '/api/users/:id',
    { onRequest: [guards.everySite, guards.csrf], schema: { params: Params, body: UserChange } },
    async (request) => {
      await updateUser(db, request.params.id, request.body).catch(refused);
      const user = (await listUsers(db)).find((u) => u.id === request.params.id)!;
      return { id: user.id, role: user.role, sites: user.sites };
    },
  );

  scope.delete<{ Params: Static<typeof Params> }>('/api/users/:id', { onRequest: [guards.everySite, guards.csrf], schema: { params: Params } }, async (request) => {
    if (request.params.id === request.auth!.user.id) throw new HttpError(409, 'invalid_user', 'user', 'you cannot remove yourself');
    await updateUser(db, request.params.id, 'remove').catch(refused);
    return { id: request.params.id, removed: true };
  });
}
