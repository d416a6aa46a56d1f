/**
 * GET /healthz: 200 `{ ok: true }` when the database answers and the latest
 * write did not fail; 503 `{ ok: false, error, message }` otherwise:
 * `database_unavailable` (it cannot even be read) or `writes_failing` (a
 * write failed, e.g. disk full, and none has succeeded since).
 */
import type { FastifyInstance } from 'fastify';
import type { CollectorDb } from '../db/index.ts';
import { STORAGE_RETRY_AFTER_S, type WriteHealth } from '../db/storage-health.ts';

export async function healthzRoute(scope: FastifyInstance, { db, writes }: { db: CollectorDb; writes: WriteHealth }): Promise<void> {
  scope.get('/healthz', async (request, reply) => {
    try {
      await db.ping();
    } catch (err) {
      request.log.error({ err }, 'health check failed');
      return reply.code(503).header('retry-after', STORAGE_RETRY_AFTER_S).send({ ok: false, error: 'database_unavailable' });
    }
    const failing = writes.failing();
    if (failing) {
      return reply
        .code(503)
        .header('retry-after', STORAGE_RETRY_AFTER_S)
        .send({ ok: false, error: 'writes_failing', message: `writes have failed since ${new Date(failing.since).toISOString()}: ${failing.cause}` });
    }
    return { ok: true };
  });
}
