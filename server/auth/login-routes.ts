/**
 * Logging in and out (JSON API under /dashboard/api):
 * - GET  /api/session  → { user | null, csrfToken }
 * - POST /api/login    { email, password } → { user, csrfToken }; sets the
 *   session cookie (HttpOnly, SameSite=Lax, Secure over HTTPS). Rate limited
 *   per IP (10 a minute), and failures slow down their own address, per
 *   account and overall, with doubling waits (./login-throttle.ts), never
 *   the account from elsewhere; wrong email and wrong password get the same
 *   answer after the same work. An admin with a second factor also sends
 *   `code` (TOTP, ./totp.ts): without it, 401 `totp_required`; a wrong or
 *   reused one, 401 `invalid_code`, counted as a failure.
 * - POST /api/logout   → ends the session server-side.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { Type, type Static } from 'typebox';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import { HttpError } from '../http/errors.ts';
import { COOKIE_PATH, csrfToken, isHttps, type Guards } from './auth-plugin.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { dummyHash, MAX_PASSWORD_LENGTH, verifyPassword } from './password.ts';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_MAX_AGE_MS } from './sessions.ts';
import { verifyTotp } from './totp.ts';
import { findUser, normalizeEmail, totpOf, useTotpStep } from './users.ts';

const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
    /** The authenticator app's code, for an admin with a second factor (./totp.ts). */
    code: Type.Optional(Type.String({ maxLength: 20 })),
  },
  { additionalProperties: false },
);

export const LOGIN_RATE_LIMIT = { max: 10, timeWindow: 60_000 };

export interface LoginRoutesOptions {
  db: Kysely<DashboardSchema>;
  guards: Guards;
}

export async function loginRoutes(scope: FastifyInstance, { db, guards }: LoginRoutesOptions): Promise<void> {
  const throttle = createLoginThrottle();

  scope.get('/api/session', async (request, reply) => ({ user: request.auth?.user ?? null, csrfToken: csrfToken(request, reply) }));

  scope.post<{ Body: Static<typeof LoginBody> }>(
    '/api/login',
    {
      schema: { body: LoginBody },
      onRequest: [guards.csrf],
      config: {
        rateLimit: {
          ...LOGIN_RATE_LIMIT,
          keyGenerator: (request) => `login|${request.ip}`,
          errorResponseBuilder: (_request, context) => new HttpError(429, 'rate_limited', '$', `too many login attempts; retry in ${context.after}`),
        },
      },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      const wait = throttle.retryAfter(request.ip, email);
      if (wait.ms > 0) {
        const seconds = Math.ceil(wait.ms / 1000);
        void reply.header('retry-after', seconds);
        throw wait.by === 'account'
          ? new HttpError(429, 'rate_limited', 'email', `too many failed logins for this email from this address; retry in ${seconds} seconds`)
          : new HttpError(429, 'rate_limited', '$', `too many failed logins from this address; retry in ${seconds} seconds`);
      }
      const user = await findUser(db, email);
      const matches = await verifyPassword(request.body.password, user?.password_hash ?? (await dummyHash()));
      if (!user || !matches) {
        throttle.failed(request.ip, email);
        throw new HttpError(401, 'invalid_credentials', '$', 'wrong email or password');
      }
      const totp = await totpOf(db, user.id);
      if (totp) {
        const code = request.body.code?.replace(/\s/g, '');
        if (!code) throw new HttpError(401, 'totp_required', 'code', 'enter the 6-digit code of your authenticator app');
        const step = verifyTotp(totp.secret, code, Date.now(), totp.step);
        if (step === undefined || !(await useTotpStep(db, user.id, step))) {
          throttle.failed(request.ip, email);
          throw new HttpError(401, 'invalid_code', 'code', 'wrong or already used code');
        }
      }
      throttle.succeeded(request.ip, email);
      if (request.auth) await deleteSession(db, request.auth.id);
      const session = await createSession(db, user.id);
      void reply.setCookie(SESSION_COOKIE, session.token, {
        path: COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: isHttps(request),
        maxAge: SESSION_MAX_AGE_MS / 1000,
      });
      const { password_hash: _hash, ...shown } = user;
      request.auth = { id: session.id, user: shown };
      return { user: shown, csrfToken: csrfToken(request, reply) };
    },
  );

  scope.post('/api/logout', { onRequest: [guards.user, guards.csrf] }, async (request, reply) => {
    if (request.auth) await deleteSession(db, request.auth.id);
    request.auth = null;
    void reply.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: isHttps(request) });
    return { ok: true };
  });
}
