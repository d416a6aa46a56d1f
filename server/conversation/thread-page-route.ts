/**
 * The thread page a reply email links to (./customer-links.ts), served by
 * the collector without any login:
 * - GET  /thread/:reference?k=<token>   the request's status, the agent's replies and the customer's own messages (never a note or an agent's name)
 * - POST /thread/:reference              form { k, clientId, text }: the customer's answer, then 303 back to the page
 * The signed token is the capability, in the form as in the link: no
 * cookie, so a cross-site form cannot act for the customer without it.
 * `Referrer-Policy: no-referrer` (and the page's meta) keep the token out of
 * other sites' logs; no script; the CSP allows only the page's own style.
 * A link that was never signed: 403; signed but expired, or for a request
 * erased since: 410; neither shows any data. The answer takes the widget's
 * path (Conversations.customerReply): reopened, due again,
 * `handoff.customer_replied`.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Conversations } from './conversation.ts';
import type { CustomerLinks } from './customer-links.ts';
import { acceptedLanguage, pageLanguage, refusalPage, THREAD_PAGE_CSP, threadPage, type PageLanguage } from './thread-page.ts';
import { limit, THREAD_REPLIES_PER_MINUTE } from './threads-route.ts';

export interface ThreadPageOptions {
  conversations: Conversations;
  links: CustomerLinks;
  /** Page views per minute and address (the config's `rateLimit.max`). */
  readsPerMinute: number;
}

const REFERENCE = /^[A-Za-z0-9-]{1,64}$/;
const CLIENT_ID = /^page-[A-Za-z0-9_-]{16,48}$/;
const MAX_FORM_BYTES = 32 * 1024;

const newClientId = (): string => `page-${randomBytes(16).toString('base64url')}`;

function html(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', THREAD_PAGE_CSP)
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('cross-origin-opener-policy', 'same-origin')
    .header('cache-control', 'no-store')
    .send(body);
}

export async function threadPageRoute(scope: FastifyInstance, { conversations, links, readsPerMinute }: ThreadPageOptions): Promise<void> {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: MAX_FORM_BYTES }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  /** The hand-off the link opens, or the refusal page already sent. */
  async function opened(request: FastifyRequest, reply: FastifyReply, reference: string, token: unknown) {
    const fallback: PageLanguage = acceptedLanguage(request.headers['accept-language']);
    const verdict = REFERENCE.test(reference) && typeof token === 'string' ? await links.checkThread(reference, token) : 'invalid';
    if (verdict !== 'ok') {
      await html(reply, verdict === 'expired' ? 410 : 403, refusalPage(fallback, verdict));
      return undefined;
    }
    const found = await conversations.byReference(reference);
    if (!found) {
      await html(reply, 410, refusalPage(fallback, 'gone'));
      return undefined;
    }
    return { ...found, token: token as string };
  }

  async function show(reply: FastifyReply, h: NonNullable<Awaited<ReturnType<typeof opened>>>, status: number, notice?: 'sent' | 'empty'): Promise<FastifyReply> {
    const thread = (await conversations.thread(h.id))!;
    return html(reply, status, threadPage({ lang: pageLanguage(h.locale), thread, question: h.question, token: h.token, clientId: newClientId(), ...(notice ? { notice } : {}), ...(h.timeZone ? { timeZone: h.timeZone } : {}) }));
  }

  scope.get<{ Params: { reference: string }; Querystring: { k?: string; sent?: string } }>(
    '/thread/:reference',
    { config: { rateLimit: limit(readsPerMinute, 'thread-page') } },
    async (request, reply) => {
      const h = await opened(request, reply, request.params.reference, request.query.k);
      if (!h) return reply;
      return show(reply, h, 200, request.query.sent === '1' ? 'sent' : undefined);
    },
  );

  scope.post<{ Params: { reference: string }; Body: Record<string, string> | undefined }>(
    '/thread/:reference',
    { config: { rateLimit: limit(THREAD_REPLIES_PER_MINUTE, 'thread-replies') } },
    async (request, reply) => {
      const form = request.body ?? {};
      const h = await opened(request, reply, request.params.reference, form.k);
      if (!h) return reply;
      const text = (form.text ?? '').trim().slice(0, 5000);
      if (!text) return show(reply, h, 400, 'empty');
      const clientId = CLIENT_ID.test(form.clientId ?? '') ? form.clientId! : newClientId();
      await conversations.customerReply(h.id, clientId, text);
      // Post/redirect/get: a reload does not send the answer again.
      return reply
        .code(303)
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'no-store')
        // Relative, so a collector behind a path prefix (its publicUrl) keeps it.
        .header('location', `${encodeURIComponent(h.reference)}?k=${encodeURIComponent(h.token)}&sent=1`)
        .send();
    },
  );
}
