/**
 * Every refusal has the same shape, `{ error, path, message }` (ErrorReply in
 * the shared schema), and never echoes the input: only a JSON path built from
 * schema names and a short reason.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorReply } from '../../widget/src/events/schema.ts';
import { MAX_BATCH_BYTES } from '../../widget/src/events/schema.ts';
import { isStorageError, STORAGE_RETRY_AFTER_S } from '../db/storage-health.ts';

/** An error that is a deliberate HTTP answer. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
  toReply(): ErrorReply {
    return { error: this.error, path: this.path, message: this.message };
  }
}

/** Fastify's own errors (body parsing, routing) in our words. */
const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', `body must be at most ${MAX_BATCH_BYTES} bytes`],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_body', 'Content-Length does not match the body'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'send application/json or text/plain'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json', 'body is empty'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json', 'body is not valid JSON'],
};

/** Map anything thrown during a request to a status and an {@link ErrorReply}. */
export function toErrorReply(err: unknown): { status: number; body: ErrorReply } {
  if (err instanceof HttpError) return { status: err.statusCode, body: err.toReply() };
  const e = err as Partial<FastifyError> & { name?: string };
  const known = e.code ? FASTIFY_CODES[e.code] : undefined;
  if (known) return { status: known[0], body: { error: known[1], path: '$', message: known[2] } };
  if (isStorageError(err)) return { status: 503, body: { error: 'storage_unavailable', path: '$', message: `the collector cannot store data now; retry in ${STORAGE_RETRY_AFTER_S} seconds` } };
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    // e.g. secure-json-parse refusing "__proto__" keys, aborted bodies.
    const invalidJson = e.name === 'SyntaxError';
    return {
      status,
      body: invalidJson
        ? { error: 'invalid_json', path: '$', message: 'body is not valid JSON' }
        : { error: 'bad_request', path: '$', message: 'request refused' },
    };
  }
  return { status: 500, body: { error: 'internal', path: '$', message: 'internal error' } };
}

export function errorHandler(err: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toErrorReply(err);
  if (status === 503) void reply.header('retry-after', STORAGE_RETRY_AFTER_S);
  if (status >= 500) request.log.error({ err }, 'request failed');
  else request.log.info({ status, error: body.error, path: body.path }, 'request refused');
  void reply.code(status).send(body);
}

export function notFoundHandler(_request: FastifyRequest, reply: FastifyReply): void {
  void reply.code(404).send({ error: 'not_found', path: '$', message: 'no such route' } satisfies ErrorReply);
}
