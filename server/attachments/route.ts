/**
 * The collector's attachment routes:
 * - `POST /v1/handoffs/attachments?site=&handoff=&id=&name=`: one file of a
 *   hand-off, its bytes as the raw body (any Content-Type, ignored: the widget
 *   sends text/plain, so no preflight).
 *   Checked like hand-offs: per address before the body is read (3 files
 *   for each hand-off the address may send), the site key and the page's
 *   origin, CORS, then per site (3 × its hand-offs a minute). The body
 *   limit is raised to 5 MB for this route alone. The type is sniffed
 *   (./sniff.ts); a file is stored once per id (a resend answers
 *   `stored: false`), at most 3 per hand-off, and only before its hand-off
 *   (the widget's outbox sends a hand-off's files first). Answers
 *   `{ stored, id, type, size }`; refusals are 4xx naming the reason.
 *   A raw body, not multipart: no parser to add, one file per request (the
 *   outbox retries each alone), and the limit stops a body at 5 MB before
 *   more is read; the file is buffered whole (≤ 5 MB) to be sniffed.
 * - `GET /v1/attachments/:id?k=<token>`: the file behind a signed link of
 *   the hand-off's email or webhook (../links/signed-link.ts, purpose
 *   `attachment`), as a download (./download.ts); a bad, tampered or expired
 *   token is a 403, a file deleted since a 404.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { EventId, SiteKey } from '../../widget/src/events/schema.ts';
import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from '../../widget/src/handoff/attachments.ts';
import type { CollectorConfig } from '../config/config.ts';
import type { CollectorDb } from '../db/index.ts';
import { withDashboardTables } from '../db/dashboard-schema.ts';
import { HttpError } from '../http/errors.ts';
import { addressRateLimit } from '../http/rate-limit.ts';
import { linkSigner, type LinkSigner } from '../links/signed-link.ts';
import { assertSiteOrigin, type SiteRegistry } from '../sites/registry.ts';
import { sendDownload } from './download.ts';
import { safeFileName } from './file-name.ts';
import { sniffAttachment } from './sniff.ts';
import { attachmentTables, deleteOrphans, readAttachment, storeAttachment } from './store.ts';

/** Files whose hand-off has not come after this long are deleted (looked for at most every 10 minutes, on an upload). */
export const ORPHAN_MS = 24 * 3_600_000;

const Upload = Type.Object(
  {
    site: SiteKey,
    handoff: EventId,
    id: EventId,
    name: Type.String({ minLength: 1, maxLength: 255 }),
  },
  { additionalProperties: false },
);
const checkUpload = Compile(Upload);

export interface AttachmentReply {
  stored: boolean;
  id: string;
  type: string;
  size: number;
}

export interface AttachmentsRouteOptions {
  db: CollectorDb;
  config: CollectorConfig;
  sites: SiteRegistry;
  now?: () => number;
}

function uploadQuery(request: FastifyRequest): Static<typeof Upload> {
  const q = request.query as Record<string, unknown>;
  if (checkUpload.Check(q)) return q;
  for (const field of ['site', 'handoff', 'id', 'name'] as const) {
    if (!checkUpload.Check({ site: 'x', handoff: 'xxxxxxxx', id: 'xxxxxxxx', name: 'x', [field]: q[field] })) {
      throw new HttpError(400, 'invalid_request', field, field === 'name' ? 'must be a file name of 1-255 characters' : q[field] === undefined ? 'is required' : 'has a bad format');
    }
  }
  throw new HttpError(400, 'invalid_request', '$', 'only site, handoff, id and name are allowed');
}

/**
 * @example
 * await app.register(attachmentsRoute, { db, config, sites });
 */
export async function attachmentsRoute(scope: FastifyInstance, { db, config, sites, now = Date.now }: AttachmentsRouteOptions): Promise<void> {
  const k = attachmentTables(db.kysely);
  let signer: Promise<LinkSigner> | undefined;
  const links = () => (signer ??= linkSigner(withDashboardTables(db.kysely)).catch((err: unknown) => ((signer = undefined), Promise.reject(err))));

  // The bytes as they are, whatever the Content-Type; the route's own limit (Fastify's default is 64 KB).
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_request, body, done) => done(null, body));
  scope.setErrorHandler((err: { code?: string }) => {
    // Thrown on to the collector's handler, which answers and keeps /healthz's storage state.
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw new HttpError(413, 'too_large', 'body', `a file must be at most ${MAX_ATTACHMENT_BYTES} bytes (5 MB)`);
    if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') throw new HttpError(400, 'empty', 'body', 'the file is empty');
    throw err;
  });
  scope.addHook('onSend', async (request, reply) => {
    const origin = request.headers.origin;
    void reply.header('vary', 'Origin');
    if (origin !== undefined && sites.anyOrigin(origin)) {
      void reply.header('access-control-allow-origin', origin).header('access-control-expose-headers', 'Retry-After');
    }
  });

  let swept = 0;
  const sweep = (at: number): void => {
    if (at - swept < 600_000) return;
    swept = at;
    void deleteOrphans(k, at - ORPHAN_MS).catch((err: unknown) => scope.log.warn({ err }, 'deleting orphaned attachments failed'));
  };

  const perSite = scope.createRateLimit({
    max: config.handoffLimits.perSitePerMinute * MAX_ATTACHMENTS,
    timeWindow: 60_000,
    keyGenerator: (r) => `attachment-site|${(r.query as { site: string }).site}`,
  });

  scope.post(
    '/v1/handoffs/attachments',
    {
      bodyLimit: MAX_ATTACHMENT_BYTES,
      config: { rateLimit: addressRateLimit('attachments', { max: config.handoffLimits.perAddressPerMinute * MAX_ATTACHMENTS, timeWindowMs: 60_000 }, 'attachments') },
    },
    async (request, reply): Promise<AttachmentReply> => {
      const q = uploadQuery(request);
      assertSiteOrigin(sites, q.site, request.headers.origin, 'attachments');
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const sniffed = await sniffAttachment(bytes);
      if (!sniffed.ok) throw new HttpError(sniffed.status, sniffed.error, 'body', sniffed.message);
      const limit = await perSite(request);
      if (!limit.isAllowed && limit.isExceeded) {
        void reply.header('retry-after', Math.max(1, limit.ttlInSeconds));
        throw new HttpError(429, 'rate_limited', 'site', `too many attachments for this site; retry in ${Math.max(1, limit.ttlInSeconds)} seconds`);
      }
      const sent = await k.selectFrom('handoffs').select('id').where('id', '=', q.handoff).executeTakeFirst();
      const known = await k.selectFrom('handoff_attachments').select('id').where('id', '=', q.id).executeTakeFirst();
      if (sent && !known) throw new HttpError(409, 'handoff_sent', 'handoff', 'this hand-off was sent already: its files come before it');
      sweep(now());
      const outcome = await storeAttachment(k, { id: q.id, handoffId: q.handoff, site: q.site, name: safeFileName(q.name, sniffed.ext), type: sniffed.type, bytes, at: now() }, MAX_ATTACHMENTS);
      if ('conflict' in outcome) {
        throw outcome.conflict === 'too_many'
          ? new HttpError(409, 'too_many_attachments', 'handoff', `a hand-off takes at most ${MAX_ATTACHMENTS} files`)
          : new HttpError(409, 'id_taken', 'id', 'this attachment id belongs to another hand-off');
      }
      return { stored: outcome.stored, id: q.id, type: sniffed.type, size: bytes.length };
    },
  );

  scope.get<{ Params: { id: string }; Querystring: { k?: string } }>(
    '/v1/attachments/:id',
    { config: { rateLimit: addressRateLimit('attachment-links', config.rateLimit, 'downloads') } },
    async (request, reply) => {
      const { id } = request.params;
      const token = typeof request.query.k === 'string' ? request.query.k : '';
      if (!(await links()).verify('attachment', id, token, now())) throw new HttpError(403, 'invalid_link', 'k', 'this link is invalid or has expired; the file is in the dashboard’s inbox');
      const file = await readAttachment(k, id);
      if (!file) throw new HttpError(404, 'not_found', 'id', 'this file is no longer stored');
      return sendDownload(reply, file);
    },
  );
}
