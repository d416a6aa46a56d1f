/**
 * Groups of unanswered questions (JSON under /dashboard/api):
 * - GET   /api/meta               sites, languages, reasons, statuses for the filters
 * - GET   /api/groups             one page of groups within the filters, and the groups
 *                                 spiking today (server/grouping/spiking-groups.ts) of the site filter
 * - GET   /api/groups/:id         a group: its phrasings, raw questions, before/after the fix
 * - PATCH /api/groups/:id         owner, status, linked entry, fix date (admin, CSRF)
 * - POST  /api/groups/merge       merge groups into one (admin, CSRF); later questions follow
 * - POST  /api/groups/:id/split   move wordings to a new group (admin, CSRF); their repeats follow
 * - GET   /api/groups/:id/snippet.md   the group as a FAQ entry to paste and answer
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { Type, type Static } from 'typebox';
import { QUESTION_REASONS } from '../sessions/help-sessions.ts';
import { GROUP_STATUSES, type GroupStatus } from '../../db/dashboard-schema.ts';
import { HttpError } from '../../http/errors.ts';
import { faqSnippet } from '../export/snippet.ts';
import { FilterQuery, dayOf, whereMembers, type Filters } from '../queries/filters.ts';
import { ownSite, scopedFilters, sitesOf, visible } from '../site-access.ts';
import { spikingGroups } from '../../grouping/spiking-groups.ts';
import { countGroups, describeGroups, listGroups } from '../queries/groups.ts';
import { groupImpact } from '../queries/impact.ts';
import { explainPhrasings, listPhrasings, listQuestions, phrasingsIn } from '../queries/questions.ts';
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
const GroupId = Type.Integer({ minimum: 1 });
const Merge = Type.Object({ into: GroupId, from: Type.Array(GroupId, { minItems: 1, maxItems: 50, uniqueItems: true }) }, { additionalProperties: false });
const Split = Type.Object({ phrasings: Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { minItems: 1, maxItems: 500, uniqueItems: true }) }, { additionalProperties: false });

export async function groupsRoutes(scope: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { db, guards } = ctx;

  /** A group within the filters: every figure of its page counts only its questions in the site, dates, language and reason chosen. */
  /** The groups' sites, each one the user's, else 404 as if the group did not exist. */
  async function ownGroups(request: FastifyRequest, ids: number[]): Promise<void> {
    const rows = await db.selectFrom('question_groups').select(['id', 'site']).where('id', 'in', ids).execute();
    for (const id of ids) ownSite(request, rows.find((r) => r.id === id)?.site, 'no such group');
  }

  async function detail(request: FastifyRequest, asked: number, f: Filters) {
    const merged = await db.selectFrom('question_groups').select('merged_into').where('id', '=', asked).executeTakeFirst();
    // A group merged into another is shown as the group it is now part of.
    const id = merged?.merged_into ?? asked;
    const row = await db.selectFrom('question_groups').select(['id', 'site', 'lang', 'fixed_at']).where('id', '=', id).executeTakeFirst();
    ownSite(request, row?.site, 'no such group');
    if (!row) throw new HttpError(404, 'not_found', 'id', 'no such group');
    const inRange = { ...f, status: undefined };
    const [counted, questions, phrasings, seen, impact] = await Promise.all([
      countGroups(db, inRange, id),
      listQuestions(db, inRange, { groupId: id, limit: 500 }),
      phrasingsIn(db, inRange, id).then((p) => explainPhrasings(db, id, row.lang, p)),
      whereMembers(db.selectFrom('group_members as m'), inRange).where('m.group_id', '=', id).select([sql<number | null>`min(m.at)`.as('first'), sql<number | null>`max(m.at)`.as('last')]).executeTakeFirst(),
      groupImpact(db, row),
    ]);
    const [described] = await describeGroups(db, inRange, [counted[0] ?? { id, count: 0, recent: 0 }]);
    // First and last seen within the range, not since the group began.
    const group = { ...described!, first_at: seen?.first ?? null, last_at: seen?.last ?? null };
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
      sites: visible(request, [...new Set([...ctx.sites.list().map((s) => s.key), ...sites.map((s) => s.site)])].sort(), (s) => s),
      langs: langs.map((l) => l.lang),
      reasons: QUESTION_REASONS,
      statuses: GROUP_STATUSES,
      today: dayOf(Date.now()),
    };
  });

  scope.get<{ Querystring: FilterQuery }>('/api/groups', { onRequest: [guards.user], schema: { querystring: FilterQuery } }, async (request) => {
    await ctx.fresh();
    const f = scopedFilters(request, request.query);
    const [listed, spikes] = await Promise.all([listGroups(db, f), spikingGroups(db, { now: Date.now(), site: f.site, sites: sitesOf(request) })]);
    const titles = await entryTitles(ctx.faqs, listed.groups.flatMap((g) => [{ site: g.site, entry: g.closest_entry }, { site: g.site, entry: g.entry_id }]));
    return { filters: { from: f.fromDay, to: f.toDay, days: f.days }, ...listed, titles, spikes };
  });

  scope.get<{ Params: Static<typeof Params>; Querystring: FilterQuery }>(
    '/api/groups/:id',
    { onRequest: [guards.user], schema: { params: Params, querystring: FilterQuery } },
    async (request) => {
      await ctx.fresh();
      return detail(request, request.params.id, scopedFilters(request, request.query));
    },
  );

  scope.patch<{ Params: Static<typeof Params>; Body: Static<typeof GroupChange> }>(
    '/api/groups/:id',
    { onRequest: [guards.admin, guards.csrf], schema: { params: Params, body: GroupChange } },
    async (request) => {
      const asked = await db.selectFrom('question_groups').select('merged_into').where('id', '=', request.params.id).executeTakeFirst();
      // A merged group's workflow is its group's.
      const id = asked?.merged_into ?? request.params.id;
      const change = request.body;
      const current = await db.selectFrom('question_groups').select(['status', 'entry_id', 'fixed_at', 'site', 'lang']).where('id', '=', id).executeTakeFirst();
      ownSite(request, current?.site, 'no such group');
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

  scope.post<{ Body: Static<typeof Merge> }>('/api/groups/merge', { onRequest: [guards.admin, guards.csrf], schema: { body: Merge } }, async (request) => {
    const { into, from } = request.body;
    if (from.includes(into)) throw new HttpError(400, 'invalid_request', 'body.from', 'a group cannot be merged into itself');
    await ownGroups(request, [into, ...from]);
    return { id: await ctx.grouping.merge(into, from) };
  });

  scope.post<{ Params: Static<typeof Params>; Body: Static<typeof Split> }>(
    '/api/groups/:id/split',
    { onRequest: [guards.admin, guards.csrf], schema: { params: Params, body: Split } },
    async (request, reply) => {
      await ownGroups(request, [request.params.id]);
      const id = await ctx.grouping.split(request.params.id, request.body.phrasings);
      return reply.code(201).send({ id });
    },
  );

  scope.get<{ Params: Static<typeof Params> }>('/api/groups/:id/snippet.md', { onRequest: [guards.user], schema: { params: Params } }, async (request, reply) => {
    const group = await db.selectFrom('question_groups').select(['id', 'site', 'lang', 'entry_id']).where('id', '=', request.params.id).executeTakeFirst();
    ownSite(request, group?.site, 'no such group');
    if (!group) throw new HttpError(404, 'not_found', 'id', 'no such group');
    const phrasings = await listPhrasings(db, group.id, 50);
    const markdown = faqSnippet({ question: phrasings[0]?.text ?? '', phrasings: phrasings.slice(1).map((p) => p.text), lang: group.lang, entryId: group.entry_id });
    return reply
      .type('text/markdown; charset=utf-8')
      .header('content-disposition', `attachment; filename="faq-group-${group.id}.md"`)
      .send(markdown);
  });
}

