/**
 * Kysely types of ./migrations.ts. Times are epoch milliseconds; lists and
 * per-language content are JSON text.
 */
import type { Generated, Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import type { Severity } from '../../widget/src/notices/types.ts';

export interface NoticesTable {
  id: Generated<number>;
  site: string;
  severity: Severity;
  starts_at: number;
  ends_at: number;
  /** JSON: { [locale]: { title, body } }, body in Markdown as the lead wrote it. */
  content: string;
  /** JSON string arrays. */
  paths: string;
  contexts: string;
  /** What it is about, in the lead's words (searched with the title). */
  about: string;
  /** JSON: related FAQ entry ids. */
  entries: string;
  /** JSON: customers' words it answers. */
  words: string;
  created_by: string;
  created_at: number;
  updated_at: number;
}

export type NoticesSchema = DashboardSchema & { notices: NoticesTable };

export function withNoticesTables(kysely: Kysely<DashboardSchema>): Kysely<NoticesSchema> {
  return kysely as unknown as Kysely<NoticesSchema>;
}
