/**
 * Notices (JSON under /dashboard/api; admins publish, with CSRF; viewers read):
 * - GET    /api/notices?site=      every notice (newest first), with its status
 * - GET    /api/notices/:id        one notice, with who saw and opened it and its topic's before/after
 * - POST   /api/notices            { site, severity, starts_at, ends_at, content: { es?, en? }, paths, contexts, about, entries, words }
 * - PUT    /api/notices/:id        the same
 * - DELETE /api/notices/:id
 * Refusals name the field (`content.es.title`, `ends_at`, `site`). A user
 * limited to some sites (../site-access.ts) lists, reads and changes only
 * their notices: another site's notice answers 404, another site by name 403.
 * The
 * widget reads live notices from GET /v1/notices/:site (server/notices/notices-route.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { HttpError } from '../../http/errors.ts';
import { checkNoticeInput, type NoticeFields } from '../../notices/notice-input.ts';
import { noticeStats } from '../../notices/notice-stats.ts';
import { deleteNotice, getNotice, insertNotice, listNotices, noticeKey, updateNotice, type Notice } from '../../notices/store.ts';
import { withNoticesTables } from '../../notices/tables.ts';
import type { NoticeReply, NoticesListReply, NoticeView } from '../../notices/views.ts';
import { askSite, ownSite, visible } from '../site-access.ts';
import type { RouteContext } from './context.ts';

const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const ListQuery = Type.Object({ site: Type.Optional(Type.String({ maxLength: 64 })) });

export function noticeView(n: Notice, now = Date.now()): NoticeView {
  return { ...n, key: noticeKey(n.id), status: now < n.starts_at ? 'scheduled' : now < n.ends_at ? 'live' : 'ended' };
}

export async function noticesRoutes(scope: FastifyInstance, { db: base, sites, guards, faqs }: RouteContext): Promise<void> {
  const db = withNoticesTables(base);
  const input = (request: FastifyRequest): NoticeFields => {
    const checked = checkNoticeInput(request.body);
    if (!checked.ok) throw new HttpError(400, 'invalid_notice', checked.path, checked.message);
    askSite(request, checked.fields.site);
    if (!sites.has(checked.fields.site)) throw new HttpError(400, 'invalid_notice', 'site', 'is not a site of this collector');
    return checked.fields;
  };
  /** The notice, if it exists and is of one of the user's sites. */
  const found = async (request: FastifyRequest, id: number): Promise<Notice> => {
    const n = await getNotice(db, id);
    ownSite(request, n?.site, 'no such notice');
    return n!;
  };

  scope.get<{ Querystring: Static<typeof ListQuery> }>('/api/notices', { onRequest: [guards.user], schema: { querystring: ListQuery } }, async (request): Promise<NoticesListReply> => {
    const site = request.query.site || undefined;
    askSite(request, site);
    const now = Date.now();
    const notices = visible(request, await listNotices(db, site), (n) => n.site);
    return { notices: notices.map((n) => noticeView(n, now)), sites: visible(request, sites.list(), (s) => s.key).map((s) => s.key) };
  });

  scope.get<{ Params: Static<typeof Params> }>('/api/notices/:id', { onRequest: [guards.user], schema: { params: Params } }, async (request): Promise<NoticeReply> => {
    const notice = await found(request, request.params.id);
    const faq = await faqs.get(notice.site);
    const titles = Object.fromEntries(notice.entries.flatMap((id) => (faq?.titles.get(id) ? [[id, faq.titles.get(id)!]] : [])));
    return { notice: noticeView(notice), stats: await noticeStats(db, notice, faq?.engine), titles };
  });

  scope.post('/api/notices', { onRequest: [guards.admin, guards.csrf] }, async (request, reply) => {
    const notice = await insertNotice(db, input(request), request.auth!.user.email);
    return reply.code(201).send({ notice: noticeView(notice) });
  });

  scope.put<{ Params: Static<typeof Params> }>('/api/notices/:id', { onRequest: [guards.admin, guards.csrf], schema: { params: Params } }, async (request) => {
    await found(request, request.params.id);
    const notice = await updateNotice(db, request.params.id, input(request));
    return { notice: noticeView(notice!) };
  });

  scope.delete<{ Params: Static<typeof Params> }>('/api/notices/:id', { onRequest: [guards.admin, guards.csrf], schema: { params: Params } }, async (request) => {
    await found(request, request.params.id);
    if (!(await deleteNotice(db, request.params.id))) throw new HttpError(404, 'not_found', 'id', 'no such notice');
    return { id: request.params.id, removed: true };
  });
}
