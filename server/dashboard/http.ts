/**
 * HTTP details shared by the dashboard's routes: the headers every
 * dashboard response carries (a strict CSP first), and the scope's error
 * handler (CSRF and validation refusals in the collector's error shape).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toErrorReply } from '../http/errors.ts';

/** No inline script or style, nothing from another origin, no framing. */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function useDashboardHeaders(scope: FastifyInstance): void {
  scope.addHook('onSend', async (request, reply, payload) => {
    // A download (server/attachments/download.ts) keeps its own, stricter CSP.
    if (!reply.hasHeader('content-security-policy')) void reply.header('content-security-policy', DASHBOARD_CSP);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('referrer-policy', 'same-origin');
    void reply.header('cross-origin-opener-policy', 'same-origin');
    void reply.header('cross-origin-resource-policy', 'same-origin');
    if (!request.url.startsWith('/dashboard/assets/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    return payload;
  });
}

export function dashboardErrorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (err.code === 'FST_CSRF_MISSING_SECRET' || err.code === 'FST_CSRF_INVALID_TOKEN') {
    void reply.code(403).send({ error: 'csrf', path: '$', message: 'missing or invalid CSRF token; reload the page and try again' });
    return;
  }
  if (err.validation?.length) {
    const first = err.validation[0]!;
    const where = `${err.validationContext ?? 'body'}${first.instancePath.replace(/\//g, '.')}`;
    void reply.code(400).send({ error: 'invalid_request', path: where, message: first.message ?? 'invalid value' });
    return;
  }
  const { status, body } = toErrorReply(err);
  if (status >= 500) request.log.error({ err }, 'dashboard request failed');
  void reply.code(status).send(body);
}
