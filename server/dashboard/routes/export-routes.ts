/**
 * Downloads of the current filtered view (same filters and order as the
 * page): GET /api/export/groups.csv|json and /api/export/questions.csv|json
 * (optionally `group=<id>`). CSV cells are neutralised against formula
 * injection (../export/csv.ts) and the CSV header is in the lead's language
 * (../export/csv-header.ts); JSON keeps its keys and is served as an
 * attachment, never rendered.
 */
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { QUESTION_REASONS } from '../sessions/help-sessions.ts';
import { toCsv } from '../export/csv.ts';
import { csvHeader } from '../export/csv-header.ts';
import { countGroups, describeGroups, type GroupSummary } from '../queries/groups.ts';
import { FilterQuery, dayOf } from '../queries/filters.ts';
import { scopedFilters } from '../site-access.ts';
import { listQuestions, type RawQuestion } from '../queries/questions.ts';
import type { RouteContext } from './context.ts';

/** Most raw questions in one download. */
export const MAX_EXPORT_QUESTIONS = 100_000;

const Params = Type.Object({ what: Type.Enum(['groups', 'questions']), format: Type.Enum(['csv', 'json']) });
const ExportQuery = Type.Object({ ...FilterQuery.properties, group: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false });
type ExportQuery = Static<typeof ExportQuery>;

const iso = (ms: number | null): string => (ms === null ? '' : new Date(ms).toISOString());

export function groupRecord(g: GroupSummary) {
  return {
    id: g.id,
    representative: g.representative,
    count: g.count,
    sessions: g.sessions,
    growth: g.recent - g.earlier,
    first_seen: iso(g.first_at),
    last_seen: iso(g.last_at),
    site: g.site,
    lang: g.lang,
    ...Object.fromEntries(QUESTION_REASONS.map((r) => [r, g.reasons[r] ?? 0])),
    closest_entry: g.closest_entry ?? '',
    status: g.status,
    owner: g.owner ?? '',
    entry_id: g.entry_id ?? '',
    fixed_on: g.fixed_at === null ? '' : dayOf(g.fixed_at),
  };
}

export function questionRecord(q: RawQuestion) {
  return {
    group_id: q.group_id,
    asked_at: iso(q.at),
    question: q.query,
    page: q.path,
    reason: q.reason,
    comment: q.comment ?? '',
    closest_entry: q.entry ?? '',
    session: q.session,
    locale: q.locale,
    site: q.site,
    event_id: q.event_id,
  };
}

export async function exportRoutes(scope: FastifyInstance, ctx: RouteContext): Promise<void> {
  scope.get<{ Params: Static<typeof Params>; Querystring: ExportQuery }>(
    '/api/export/:what.:format',
    { onRequest: [ctx.guards.user], schema: { params: Params, querystring: ExportQuery } },
    async (request, reply) => {
      await ctx.fresh();
      const { group, ...query } = request.query;
      const f = scopedFilters(request, query);
      const { what, format } = request.params;
      const records: Record<string, unknown>[] =
        what === 'groups'
          ? (await describeGroups(ctx.db, f, await countGroups(ctx.db, f))).map(groupRecord)
          : (await listQuestions(ctx.db, f, { ...(group ? { groupId: group } : {}), limit: MAX_EXPORT_QUESTIONS })).map(questionRecord);
      const name = `ayuda-${what}${group ? `-group-${group}` : ''}-${f.fromDay}-to-${f.toDay}.${format}`;
      void reply.header('content-disposition', `attachment; filename="${name}"`);
      if (format === 'json') {
        return reply.type('application/json; charset=utf-8').send(JSON.stringify({ filters: { site: f.site ?? null, from: f.fromDay, to: f.toDay, lang: f.lang ?? null, reason: f.reason ?? null, status: f.status ?? null, sort: f.sort }, [what]: records }, null, 1));
      }
      const keys = Object.keys(what === 'groups' ? groupRecord(EMPTY_GROUP) : questionRecord(EMPTY_QUESTION));
      const { lang, header } = await csvHeader(keys, request.auth?.user.language, request.headers['accept-language']);
      void reply.header('content-language', lang);
      return reply.type('text/csv; charset=utf-8').send(toCsv(header, records.map((r) => Object.values(r))));
    },
  );
}

const EMPTY_GROUP: GroupSummary = {
  id: 0, site: '', lang: '', representative: '', count: 0, sessions: 0, recent: 0, earlier: 0, trend: [], reasons: {},
  closest_entry: null, first_at: 0, last_at: 0, status: 'open', owner: null, entry_id: null, fixed_at: null,
};
const EMPTY_QUESTION: RawQuestion = { event_id: '', group_id: 0, at: 0, query: '', path: '', reason: '', session: '', locale: '', site: '', entry: null, comment: null };
