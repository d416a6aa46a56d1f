/** Row types of ./migrations.ts, and the collector's Kysely typed with every table erasure and retention touch. */
import type { Generated, Kysely } from 'kysely';
import type { AlternatesSchema } from '../alternates/tables.ts';
import type { ConversationSchema } from '../conversation/tables.ts';
import type { DatabaseSchema } from '../db/index.ts';

export interface ErasuresTable {
  id: Generated<number>;
  at: number;
  /** The admin's email, or "cli" with the operating-system user. */
  by: string;
  matched_by: 'email' | 'reference';
  /** HMAC-SHA256 (hex) of the folded email or reference, with this database's key: never the value. */
  subject_hash: string;
  /** JSON array of the sites it covered, or null: every site. */
  sites: string | null;
  /** JSON of the rows erased per table ({ handoffs: 2, events: 31, … }). */
  counts: string;
}

export type PrivacySchema = ConversationSchema & AlternatesSchema & { erasures: ErasuresTable };

export function privacyTables(kysely: Kysely<DatabaseSchema> | Kysely<never>): Kysely<PrivacySchema> {
  return kysely as unknown as Kysely<PrivacySchema>;
}
