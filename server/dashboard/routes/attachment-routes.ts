/**
 * A hand-off's files in the inbox (under /dashboard/api), for every user who
 * sees its site (another site's hand-off or file is a 404, ../site-access.ts):
 * - GET /api/handoffs/:id/attachments              name, sniffed type, size, SHA-256, time; never the bytes
 * - GET /api/handoffs/:id/attachments/:attachment  the file, as a download only (server/attachments/download.ts)
 */
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { sendDownload } from '../../attachments/download.ts';
import { attachmentTables, listAttachments, readAttachment } from '../../attachments/store.ts';
import { HttpError } from '../../http/errors.ts';
import { ownSite } from '../site-access.ts';
import type { RouteContext } from './context.ts';

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const FileParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), attachment: Type.String({ minLength: 1, maxLength: 64 }) });

export async function attachmentRoutes(scope: FastifyInstance, { db, guards }: RouteContext): Promise<void> {
  const k = attachmentTables(db);

  scope.get<{ Params: Static<typeof Params> }>('/api/handoffs/:id/attachments', { onRequest: [guards.user], schema: { params: Params } }, async (request) => {
    const handoff = await db.selectFrom('handoffs').select('site').where('id', '=', request.params.id).executeTakeFirst();
    ownSite(request, handoff?.site, 'no such hand-off');
    const files = await listAttachments(k, request.params.id);
    return { attachments: files.filter((f) => f.site === handoff!.site).map(({ handoff_id: _h, site: _s, ...f }) => f) };
  });

  scope.get<{ Params: Static<typeof FileParams> }>('/api/handoffs/:id/attachments/:attachment', { onRequest: [guards.user], schema: { params: FileParams } }, async (request, reply) => {
    const file = await readAttachment(k, request.params.attachment);
    // The file's own site decides, and it must be this hand-off's.
    ownSite(request, file?.site, 'no such file');
    if (!file || file.handoff_id !== request.params.id) throw new HttpError(404, 'not_found', 'id', 'no such file');
    return sendDownload(reply, file);
  });
}
