/**
 * Authentication for the dashboard's scope: reads the session cookie on
 * every request (`request.auth`), registers @fastify/cookie and
 * @fastify/csrf-protection (a secret in an HttpOnly cookie, tokens bound to
 * the session with an HMAC key kept in the database), and provides the
 * guards routes put in `onRequest`, in this order:
 *   onRequest: [guards.admin, guards.csrf]   // 401/403 first, then the CSRF token
 * Pages that need a login redirect to /dashboard/login; the API answers 401.
 */
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import { HttpError } from '../http/errors.ts';
import { findSession, SESSION_COOKIE, type Session } from './sessions.ts';
import { storedSecret } from './settings.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in session, or null. */
    auth: Session | null;
  }
}

export const CSRF_COOKIE = 'ayuda_csrf';
/** What CSRF tokens are bound to before login. */
const NO_SESSION = 'no-session';
/** Path of every dashboard cookie: they are never sent to /v1/events. */
export const COOKIE_PATH = '/dashboard';

export interface Guards {
  /** Any logged-in user; 401 (API) or a redirect to the login page. */
  user: onRequestHookHandler;
  /** Admins only: 401 when logged out, 403 for viewers. */
  admin: onRequestHookHandler;
  /** Admins of every site (users with no list of sites): they alone manage users and add or remove sites. */
  everySite: onRequestHookHandler;
  /** A valid CSRF token in the `x-csrf-token` header, else 403. */
  csrf: onRequestHookHandler;
}

export function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

/** A CSRF token for the page, bound to the current session (or to none before login). */
export function csrfToken(request: FastifyRequest, reply: FastifyReply): string {
  return reply.generateCsrf({ userInfo: request.auth?.id ?? NO_SESSION, secure: isHttps(request) } as never);
}

function refuseLoggedOut(request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
  if (request.auth) return undefined;
  const path = request.url.split('?')[0] ?? '';
  if (request.method === 'GET' && !path.startsWith(`${COOKIE_PATH}/api/`)) {
    return reply.redirect(`${COOKIE_PATH}/login?next=${encodeURIComponent(request.url)}`, 303);
  }
  throw new HttpError(401, 'unauthenticated', '$', 'log in to the dashboard first');
}

export async function registerAuth(scope: FastifyInstance, db: Kysely<DashboardSchema>): Promise<Guards> {
  if (!scope.hasDecorator('parseCookie')) await scope.register(cookie);
  const hmacKey = await storedSecret(db, 'csrf_hmac_key');
  await scope.register(csrf, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: COOKIE_PATH, sameSite: 'lax', httpOnly: true },
    getUserInfo: (request: FastifyRequest) => request.auth?.id ?? NO_SESSION,
    csrfOpts: { hmacKey },
  });
  scope.decorateRequest('auth', null);
  scope.addHook('onRequest', async (request) => {
    request.auth = (await findSession(db, request.cookies[SESSION_COOKIE])) ?? null;
  });

  return {
    user: async (request, reply) => refuseLoggedOut(request, reply),
    admin: async (request, reply) => {
      const redirected = refuseLoggedOut(request, reply);
      if (redirected) return redirected;
      if (request.auth?.user.role !== 'admin') throw new HttpError(403, 'forbidden', '$', 'only an admin may do this');
    },
    everySite: async (request, reply) => {
      const redirected = refuseLoggedOut(request, reply);
      if (redirected) return redirected;
      if (request.auth?.user.role !== 'admin' || request.auth.user.sites !== null) throw new HttpError(403, 'forbidden', '$', 'only an admin of every site may do this');
    },
    csrf: scope.csrfProtection as unknown as onRequestHookHandler,
  };
}
