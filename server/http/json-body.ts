/**
 * Body parsing for the events route: JSON, whether labelled application/json
 * or text/plain (what `sendBeacon` and no-preflight `fetch` send), with
 * Fastify's prototype-poisoning guard and the 64 KB limit. Other media types
 * are refused with 415.
 */
import type { FastifyInstance } from 'fastify';
import { MAX_BATCH_BYTES } from '../../widget/src/events/schema.ts';

export function useJsonBodies(scope: FastifyInstance): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser(
    ['application/json', 'text/plain'],
    { parseAs: 'string', bodyLimit: MAX_BATCH_BYTES },
    scope.getDefaultJsonParser('error', 'error'),
  );
}
