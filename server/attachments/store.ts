/**
 * The `handoff_attachments` table (./migrations.ts): a file stored once per
 * id, a hand-off's files listed without their bytes, one file read whole,
 * and a hand-off's files deleted (erasure, retention).
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import type { AttachmentType } from '../../widget/src/handoff/attachments.ts';

export interface HandoffAttachmentsTable {
  id: string;
  handoff_id: string;
  site: string;
  /** Safe to show and to send as a download's name (./file-name.ts), with the sniffed type's extension. */
  name: string;
  type: AttachmentType;
  size: number;
  sha256: string;
  data: Uint8Array;
  created_at: number;
}

export type AttachmentSchema = DashboardSchema & { handoff_attachments: HandoffAttachmentsTable };
export type AttachmentInfo = Omit<HandoffAttachmentsTable, 'data'>;

export function attachmentTables<DB>(kysely: Kysely<DB>): Kysely<AttachmentSchema> {
  return kysely as unknown as Kysely<AttachmentSchema>;
}

const INFO = ['id', 'handoff_id', 'site', 'name', 'type', 'size', 'sha256', 'created_at'] as const;

export type StoreOutcome = { stored: boolean } | { conflict: 'other_handoff' | 'too_many' };

/**
 * Store `bytes` as attachment `id` of the hand-off, unless it is stored
 * already (a resend: `stored: false`), belongs to another hand-off, or the
 * hand-off has `max` files already. The count is checked after the insert,
 * so two uploads at once never leave more than `max`.
 */
export async function storeAttachment(
  db: Kysely<AttachmentSchema>,
  file: { id: string; handoffId: string; site: string; name: string; type: AttachmentType; bytes: Uint8Array; at: number },
  max: number,
): Promise<StoreOutcome> {
  const existing = await db.selectFrom('handoff_attachments').select(['handoff_id', 'site']).where('id', '=', file.id).executeTakeFirst();
  if (existing) return existing.handoff_id === file.handoffId && existing.site === file.site ? { stored: false } : { conflict: 'other_handoff' };
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const result = await db
    .insertInto('handoff_attachments')
    .values({ id: file.id, handoff_id: file.handoffId, site: file.site, name: file.name, type: file.type, size: file.bytes.length, sha256, data: file.bytes, created_at: file.at })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  if (!Number(result.numInsertedOrUpdatedRows ?? 0)) return storeAttachment(db, file, max);
  const ids = await db.selectFrom('handoff_attachments').select('id').where('handoff_id', '=', file.handoffId).orderBy('created_at').orderBy('id').execute();
  if (ids.slice(0, max).some((r) => r.id === file.id)) return { stored: true };
  await db.deleteFrom('handoff_attachments').where('id', '=', file.id).execute();
  return { conflict: 'too_many' };
}

/** The hand-off's files, oldest first, without their bytes. */
export function listAttachments(db: Kysely<AttachmentSchema>, handoffId: string): Promise<AttachmentInfo[]> {
  return db.selectFrom('handoff_attachments').select(INFO).where('handoff_id', '=', handoffId).orderBy('created_at').orderBy('id').execute();
}

/** One file with its bytes (as a Buffer on both databases). */
export async function readAttachment(db: Kysely<AttachmentSchema>, id: string): Promise<(AttachmentInfo & { data: Buffer }) | undefined> {
  const row = await db.selectFrom('handoff_attachments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...row, data: Buffer.isBuffer(row.data) ? row.data : Buffer.from(row.data) };
}

/** Files whose hand-off never came, stored before `before` (uploads left by a page closed mid-send, or sent by a script). */
export async function deleteOrphans(db: Kysely<AttachmentSchema>, before: number): Promise<number> {
  const result = await db
    .deleteFrom('handoff_attachments')
    .where('created_at', '<', before)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('handoffs').select('handoffs.id').whereRef('handoffs.id', '=', 'handoff_attachments.handoff_id'))))
    .executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}

/** Delete a hand-off's files (erasure, retention); resolves with how many went. */
export async function deleteAttachments(db: Kysely<AttachmentSchema>, handoffId: string): Promise<number> {
  const result = await db.deleteFrom('handoff_attachments').where('handoff_id', '=', handoffId).executeTakeFirst();
  return Number(result.numDeletedRows ?? 0);
}
