/**
 * The `notices` table: a lead's notices per site (./tables.ts). Rows become
 * {@link Notice} objects here and nowhere else.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Severity } from '../../widget/src/notices/types.ts';
import type { NoticeFields } from './notice-input.ts';
import type { NoticesSchema, NoticesTable } from './tables.ts';

export interface Notice {
  /** The number; the widget and events name it "n" + id. */
  id: number;
  site: string;
  severity: Severity;
  starts_at: number;
  ends_at: number;
  content: Partial<Record<'es' | 'en', { title: string; body: string }>>;
  paths: string[];
  contexts: string[];
  about: string;
  entries: string[];
  words: string[];
  created_by: string;
  created_at: number;
  updated_at: number;
}

export const noticeKey = (id: number): string => `n${id}`;

function fromRow(r: Selectable<NoticesTable>): Notice {
  return {
    ...r,
    content: JSON.parse(r.content) as Notice['content'],
    paths: JSON.parse(r.paths) as string[],
    contexts: JSON.parse(r.contexts) as string[],
    entries: JSON.parse(r.entries) as string[],
    words: JSON.parse(r.words) as string[],
  };
}

function toColumns(f: NoticeFields) {
  return {
    site: f.site,
    severity: f.severity,
    starts_at: f.starts_at,
    ends_at: f.ends_at,
    content: JSON.stringify(f.content),
    paths: JSON.stringify(f.paths),
    contexts: JSON.stringify(f.contexts),
    about: f.about,
    entries: JSON.stringify(f.entries),
    words: JSON.stringify(f.words),
  };
}

/** Newest start first; `site` narrows to one site. */
export async function listNotices(db: Kysely<NoticesSchema>, site?: string): Promise<Notice[]> {
  let q = db.selectFrom('notices').selectAll().orderBy('starts_at', 'desc').orderBy('id', 'desc');
  if (site) q = q.where('site', '=', site);
  return (await q.execute()).map(fromRow);
}

/** The site's notices live at `now`. */
export async function liveNotices(db: Kysely<NoticesSchema>, site: string, now: number): Promise<Notice[]> {
  const rows = await db.selectFrom('notices').selectAll().where('site', '=', site).where('ends_at', '>', now).where('starts_at', '<=', now).orderBy('id').execute();
  return rows.map(fromRow);
}

export async function getNotice(db: Kysely<NoticesSchema>, id: number): Promise<Notice | undefined> {
  const row = await db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst();
  return row && fromRow(row);
}

export async function insertNotice(db: Kysely<NoticesSchema>, fields: NoticeFields, by: string, now = Date.now()): Promise<Notice> {
  const { id } = await db.insertInto('notices').values({ ...toColumns(fields), created_by: by, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
  return (await getNotice(db, id))!;
}

export async function updateNotice(db: Kysely<NoticesSchema>, id: number, fields: NoticeFields, now = Date.now()): Promise<Notice | undefined> {
  const r = await db.updateTable('notices').set({ ...toColumns(fields), updated_at: now }).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) ? getNotice(db, id) : undefined;
}

export async function deleteNotice(db: Kysely<NoticesSchema>, id: number): Promise<boolean> {
  const r = await db.deleteFrom('notices').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
