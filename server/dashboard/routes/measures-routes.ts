/** GET /api/measures: resolution, unanswered rate, hand-offs per channel, helpfulness and top searches within the filters. */
import type { FastifyInstance } from 'fastify';
import { FilterQuery } from '../queries/filters.ts';
import { scopedFilters } from '../site-access.ts';
import { measures } from '../queries/measures.ts';
import type { RouteContext } from './context.ts';

export async function measuresRoutes(scope: FastifyInstance, ctx: RouteContext): Promise<void> {
  scope.get<{ Querystring: FilterQuery }>('/api/measures', { onRequest: [ctx.guards.user], schema: { querystring: FilterQuery } }, async (request) => {
    const f = scopedFilters(request, request.query);
    const followUpMs = (ctx.config.followUpHours ?? 24) * 3_600_000;
    return { filters: { from: f.fromDay, to: f.toDay, days: f.days }, follow_up_hours: followUpMs / 3_600_000, ...(await measures(ctx.db, f, followUpMs)) };
  });
}
