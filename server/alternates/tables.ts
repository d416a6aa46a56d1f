/**
 * Kysely types of the tables of ./migrations.ts. Times are epoch milliseconds.
 */
import type { Generated, Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';

export const PROPOSAL_STATUSES = ['proposed', 'accepted', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** One wording customers resolved on one entry: a proposal until a lead accepts or rejects it. */
export interface AlternateCandidatesTable {
  id: Generated<number>;
  site: string;
  entry: string;
  /** Folded words (./proposal.ts wordingKey): the same wording, whatever its case and accents. */
  wording: string;
  /** The wording as first typed. */
  text: string;
  locale: string;
  status: ProposalStatus;
  decided_by: string | null;
  decided_at: number | null;
  /** The FAQ version (server/sites/faq-catalog.ts) it was last searched against, or null. */
  checked: string | null;
  /** 1: the FAQ does not answer it with its entry (a proposal); 0: it does; null: the FAQ lacks the entry. */
  unlike: number | null;
  created_at: number;
}

/** One help session that ended resolved with a candidate's wording (counted once). */
export interface AlternateUsesTable {
  site: string;
  session: string;
  /** When the help session started: with site and session, the key. */
  started_at: number;
  candidate_id: number;
  /** When it was resolved. */
  at: number;
}

/** The still-open help session of a browser session, as compact events (JSON). */
export interface AlternatePendingTable {
  site: string;
  session: string;
  last_at: number;
  events: string;
}

/** A read-only token for `ayuda build --alternates-from <URL>`: one site's export. */
export interface ApiTokensTable {
  id: Generated<number>;
  site: string;
  name: string;
  /** SHA-256 (hex) of the token; the token itself is shown once. */
  token_hash: string;
  /** Its last 4 characters, to tell tokens apart. */
  hint: string;
  created_by: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface AlternatesTables {
  alternate_candidates: AlternateCandidatesTable;
  alternate_uses: AlternateUsesTable;
  alternate_pending: AlternatePendingTable;
  api_tokens: ApiTokensTable;
}

export type AlternatesSchema = DashboardSchema & AlternatesTables;

export function withAlternatesTables(kysely: Kysely<DashboardSchema>): Kysely<AlternatesSchema> {
  return kysely as unknown as Kysely<AlternatesSchema>;
}
