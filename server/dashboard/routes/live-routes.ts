/**
 * GET /api/live: server-sent events telling open dashboard pages that
 * something changed, so they refetch without a reload. Every
 * LIVE_INTERVAL_MS the stream looks at what the database holds (the newest
 * event, the newest hand-off, the last change of any hand-off's conversation,
 * the groups' last change) and
 * sends `change` with those marks when they moved: it reads the database, not
 * this process's memory, so it also sees what another collector process
 * stored. A comment line keeps proxies from closing an idle stream.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { RouteContext } from './context.ts';
import { dialectOf } from '../../db/dialect/index.ts';

export const LIVE_INTERVAL_MS = 2000;

export async function liveRoutes(scope: FastifyInstance, ctx: RouteContext & { liveIntervalMs?: number }): Promise<void> {
  const { db, guards } = ctx;
  const open = new Set<() => void>();
  scope.addHook('onClose', async () => {
    for (const end of [...open]) end();
  });

  const marks = async (): Promise<string> => {
    const [events, handoffs, groups] = await Promise.all([
      db.selectFrom('events').select(dialectOf(db).latestEvent().as('n')).executeTakeFirst(),
      db.selectFrom('handoffs').select([sql<number | null>`count(*)`.as('n'), sql<number | null>`max(created_at)`.as('at'), sql<number | null>`max(updated_at)`.as('changed')]).executeTakeFirst(),
      db.selectFrom('question_groups').select(sql<number | null>`max(updated_at)`.as('at')).executeTakeFirst(),
    ]);
    return JSON.stringify({ events: events?.n ?? 0, handoffs: handoffs?.n ?? 0, handoffs_at: handoffs?.at ?? 0, handoffs_changed: handoffs?.changed ?? 0, groups_at: groups?.at ?? 0 });
  };

  scope.get('/api/live', { onRequest: [guards.user] }, async (request, reply) => {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    let last = await marks();
    res.write(`retry: 5000\nevent: hello\ndata: ${last}\n\n`);
    let timer: NodeJS.Timeout | undefined;
    const end = (): void => {
      clearTimeout(timer);
      open.delete(end);
      if (!res.writableEnded) res.end();
    };
    open.add(end);
    request.raw.on('close', end);
    const check = async (): Promise<void> => {
      try {
        await ctx.fresh();
        const now = await marks();
        if (now !== last) res.write(`event: change\ndata: ${now}\n\n`);
        else res.write(': idle\n\n');
        last = now;
      } catch (err) {
        request.log.warn({ err }, 'live dashboard check failed');
      }
      if (open.has(end)) timer = setTimeout(() => void check(), ctx.liveIntervalMs ?? LIVE_INTERVAL_MS);
    };
    timer = setTimeout(() => void check(), ctx.liveIntervalMs ?? LIVE_INTERVAL_MS);
  });
}
