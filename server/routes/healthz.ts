/** GET /healthz: 200 `{ ok: true }` when the database answers, 503 otherwise. */
import type { FastifyInstance } from 'fastify';
import type { CollectorDb } from '../db/index.ts';

export async function healthzRoute(scope: FastifyInstance, { db }: { db: CollectorDb }): Promise<void> {
  scope.get('/healthz', async (request, reply) => {
    try {
      await db.ping();
      return { ok: true };
    } catch (err) {
      request.log.error({ err }, 'health check failed');
      return reply.code(503).send({ ok: false, error: 'database_unavailable' });
    }
  });
}
