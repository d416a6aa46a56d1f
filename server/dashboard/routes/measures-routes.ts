/** GET /api/measures: resolution, unanswered rate, hand-offs per channel, helpfulness and top searches within the filters. */
import type { FastifyInstance } from 'fastify';
import { FilterQuery } from '../queries/filters.ts';
import { scopedFilters } from '../site-access.ts';
import { measures } from '../queries/measures.ts';
import { entryTitles } from '../queries/entry-titles.ts';
import type { RouteContext } from './context.ts';

export async function measuresRoutes(scope: FastifyInstance, ctx: RouteContext): Promise<void> {
  scope.get<{ Querystring: FilterQuery }>('/api/measures', { onRequest: [ctx.guards.user], schema: { querystring: FilterQuery } }, async (request) => {
    const f = scopedFilters(request, request.query);
    const followUpMs = (ctx.config.followUpHours ?? 24) * 3_600_000;
    const m = await measures(ctx.db, f, followUpMs);
    // Entries by their question: the chosen site's FAQ, else the first of the user's sites whose FAQ has the id.
    const sites = f.site ? [f.site] : (f.sites ?? ctx.sites.list().map((s) => s.key));
    const titles = await entryTitles(ctx.faqs, sites.flatMap((site) => m.helpfulness.entries.map((e) => ({ site, entry: e.entry }))));
    for (const e of m.helpfulness.entries) {
      const title = sites.map((site) => titles[site]?.[e.entry]).find((t) => t !== undefined);
      if (title !== undefined) e.title = title;
    }
    return { filters: { from: f.fromDay, to: f.toDay, days: f.days }, follow_up_hours: followUpMs / 3_600_000, ...m };
  });
}
