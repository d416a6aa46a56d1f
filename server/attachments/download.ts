/**
 * How every copy of a customer's file leaves the collector, from the
 * dashboard or a signed link: as a download, never a page. The sniffed type,
 * `Content-Disposition: attachment` with a safe name, `nosniff`, a CSP that
 * sandboxes and allows nothing (should a browser render it anyway, no
 * script runs and nothing loads, on no origin of ours), no caching by
 * shared caches, and only same-origin embedding.
 */
import type { FastifyReply } from 'fastify';
import { contentDisposition } from './file-name.ts';
import type { AttachmentInfo } from './store.ts';

export const DOWNLOAD_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

export function sendDownload(reply: FastifyReply, file: AttachmentInfo & { data: Buffer }): FastifyReply {
  return reply
    .header('content-type', file.type)
    .header('content-length', file.data.length)
    .header('content-disposition', contentDisposition(file.name))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', DOWNLOAD_CSP)
    .header('cross-origin-resource-policy', 'same-origin')
    .header('cache-control', 'private, no-store')
    .header('referrer-policy', 'no-referrer')
    .send(file.data);
}
