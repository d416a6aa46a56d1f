/**
 * Groups of unanswered questions (JSON under /dashboard/api):
 * - GET   /api/meta               sites, languages, reasons, statuses for the filters
 * - GET   /api/groups             one page of groups within the filters
 * - GET   /api/groups/:id         a group: its phrasings, raw questions, before/after the fix
 * - PATCH /api/groups/:id         owner, status, linked entry, fix date (admin, CSRF)
 * - GET   /api/groups/:id/snippet.md   the group as a FAQ entry to paste and answer
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type, type Static } from 'typebox';
import { REASONS } from '../../../widget/src/events/schema.ts';
import { GROUP_STATUSES, type GroupStatus } from '../../db/dashboard-schema.ts';
import { HttpError } from '../../http/errors.ts';
import { faqSnippet } from '../export/snippet.ts';
import { FilterQuery, parseFilters, dayOf, type Filters } from '../queries/filters.ts';
import { describeGroups, listGroups } from '../queries/groups.ts';
import { groupImpact } from '../queries/impact.ts';
import { listPhrasings, listQuestions } from '../queries/questions.ts';
import { entryTitles } from '../queries/entry-titles.ts';
import type { RouteContext } from './context.ts';

const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const EntryId = Type.String({ minLength: 1, maxLength: 128, pattern: '^[^\\s]+$' });
const GroupChange = Type.Object(
  {
    owner: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
    status: Type.Optional(Type.Enum(GROUP_STATUSES)),
    entry_id: Type.Optional(Type.Union([EntryId, Type.Null()])),
    fixed_on: Type.Optional(Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), Type.Null()])),
  },
  { additionalProperties: false },
);

export async function groupsRoutes(scope: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { db, guards } = ctx;

  async function loadGroup(id: number, f: Filters) {
    const row = await db.selectFrom('question_groups').select(['id', 'site', 'lang', 'fixed_at']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new HttpError(404, 'not_found', 'id', 'no such group');
    const [counted] = await sql<{ count: number; sessions: number; recent: number }>`
      select count(*) as count, count(distinct session) as sessions, coalesce(sum(at >= ${f.from + Math.floor(f.days / 2) * 86_400_000}), 0) as recent
      from group_members where group_id = ${id} and at >= ${f.from} and at < ${f.to}`.execute(db).then((r) => r.rows);
    const [group] = await describeGroups(db, { ...f, reason: undefined, lang: undefined, site: undefined }, [{ id, count: counted?.count ?? 0, sessions: counted?.sessions ?? 0, recent: counted?.recent ?? 0 }]);
    return { row, group: group! };
  }

  async function detail(id: number, f: Filters) {
    const { row, group } = await loadGroup(id, f);
    const [phrasings, questions, impact] = await Promise.all([
      listPhrasings(db, id),
      listQuestions(db, { ...f, reason: undefined, lang: undefined, site: undefined, status: undefined }, { groupId: id, limit: 500 }),
      groupImpact(db, row),
    ]);
    const titles = await entryTitles(ctx.faqs, [group.closest_entry, group.entry_id, ...questions.map((q) => q.entry)].map((entry) => ({ site: group.site, entry })));
    return { group, phrasings, questions, impact, titles };
  }

  scope.get('/api/meta', { onRequest: [guards.user] }, async (request) => {
    const [sites, langs] = await Promise.all([
      db.selectFrom('question_groups').select('site').distinct().execute(),
      db.selectFrom('question_groups').select('lang').distinct().orderBy('lang').execute(),
    ]);
    return {
      user: request.auth!.user,
      sites: [...new Set([...ctx.sites.list().map((s) => s.key), ...sites.map((s) => s.site)])].sort(),
      langs: langs.map((l) => l.lang),
      reasons: REASONS,
      statuses: GROUP_STATUSES,
      today: dayOf(Date.now()),
    };
  });

  scope.get<{ Querystring: FilterQuery }>('/api/groups', { onRequest: [guards.user], schema: { querystring: FilterQuery } }, async (request) => {
    await ctx.fresh();
    const f = parseFilters(request.query);
    const listed = await listGroups(db, f);
    const titles = await entryTitles(ctx.faqs, listed.groups.flatMap((g) => [{ site: g.site, entry: g.closest_entry }, { site: g.site, entry: g.entry_id }]));
    return { filters: { from: f.fromDay, to: f.toDay, days: f.days }, ...listed, titles };
  });

  scope.get<{ Params: Static<typeof Params>; Querystring: FilterQuery }>(
    '/api/groups/:id',
    { onRequest: [guards.user], schema: { params: Params, querystring: FilterQuery } },
    async (request) => {
      await ctx.fresh();
      return detail(request.params.id, parseFilters(request.query));
    },
  );

  scope.patch<{ Params: Static<typeof Params>; Body: Static<typeof GroupChange> }>(
    '/api/groups/:id',
    { onRequest: [guards.admin, guards.csrf], schema: { params: Params, body: GroupChange } },
    async (request) => {
      const id = request.params.id;
      const change = request.body;
      const current = await db.selectFrom('question_groups').select(['status', 'entry_id', 'fixed_at', 'site', 'lang']).where('id', '=', id).executeTakeFirst();
      if (!current) throw new HttpError(404, 'not_found', 'id', 'no such group');
      const next = {
        owner: change.owner === undefined ? undefined : change.owner?.trim() || null,
        status: (change.status ?? current.status) as GroupStatus,
        entry_id: change.entry_id === undefined ? current.entry_id : change.entry_id,
        fixed_at: change.fixed_on === undefined ? current.fixed_at : change.fixed_on === null ? null : Date.parse(`${change.fixed_on}T00:00:00Z`),
      };
      if (change.fixed_on && (Number.isNaN(next.fixed_at) || dayOf(next.fixed_at!) !== change.fixed_on)) {
        throw new HttpError(400, 'invalid_request', 'body.fixed_on', 'must be a date YYYY-MM-DD');
      }
      if (next.status === 'published' || next.status === 'verified') {
        if (!next.entry_id) throw new HttpError(409, 'entry_required', 'body.entry_id', 'link the FAQ entry that fixes this group first');
        next.fixed_at ??= Date.parse(`${dayOf(Date.now())}T00:00:00Z`);
      }
      if (next.status === 'verified') {
        const impact = await groupImpact(db, { id, site: current.site, lang: current.lang, fixed_at: next.fixed_at });
        if (impact.verdict !== 'improved') {
          throw new HttpError(409, 'not_verified', 'body.status', `not verified by the data (${impact.verdict.replace('_', ' ')}): the daily rate must halve over at least 3 days after the fix`);
        }
      }
      await db
        .updateTable('question_groups')
        .set({ ...(next.owner !== undefined ? { owner: next.owner } : {}), status: next.status, entry_id: next.entry_id, fixed_at: next.fixed_at, updated_at: Date.now() })
        .where('id', '=', id)
        .execute();
      return db.selectFrom('question_groups').select(['id', 'owner', 'status', 'entry_id', 'fixed_at']).where('id', '=', id).executeTakeFirstOrThrow();
    },
  );

  scope.get<{ Params: Static<typeof Params> }>('/api/groups/:id/snippet.md', { onRequest: [guards.user], schema: { params: Params } }, async (request, reply) => {
    const group = await db.selectFrom('question_groups').select(['id', 'lang', 'entry_id']).where('id', '=', request.params.id).executeTakeFirst();
    if (!group) throw new HttpError(404, 'not_found', 'id', 'no such group');
    const phrasings = await listPhrasings(db, group.id, 50);
    const markdown = faqSnippet({ question: phrasings[0]?.text ?? '', phrasings: phrasings.slice(1).map((p) => p.text), lang: group.lang, entryId: group.entry_id });
    return reply
      .type('text/markdown; charset=utf-8')
      .header('content-disposition', `attachment; filename="faq-group-${group.id}.md"`)
      .send(markdown);
  });
}

