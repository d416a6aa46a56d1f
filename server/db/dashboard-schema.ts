/**
 * Kysely types of the dashboard's tables (./migrations-dashboard.ts). Times
 * are epoch milliseconds; `centroid` and `transcript` are JSON text.
 */
import type { Generated, Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';
import type { InboxRow } from '../../widget/src/handoff/transcript/format-inbox.ts';

export type Role = 'admin' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'viewer'];

export interface UsersTable {
  id: Generated<number>;
  email: string;
  role: Role;
  /** "scrypt$N$r$p$salt$hash", base64 salt and hash (server/auth/password.ts). */
  password_hash: string;
  created_at: number;
  /** The dashboard's language the user chose ("es"), or null: the browser's. */
  language: string | null;
  /** The sites the user may see, as a JSON array of keys, or null: every site. */
  sites: string | null;
  /** An admin's TOTP secret (base32), or null: no second factor (server/auth/totp.ts). */
  totp_secret: Generated<string | null>;
  /** The time step of the last code used, so a code is good once. */
  totp_step: Generated<number | null>;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie's token: a leaked database holds no usable session. */
  id: string;
  user_id: number;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export const GROUP_STATUSES = ['open', 'drafted', 'published', 'verified'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

export interface QuestionGroupsTable {
  id: Generated<number>;
  site: string;
  lang: string;
  size: number;
  centroid: string;
  first_at: number;
  last_at: number;
  owner: string | null;
  status: GroupStatus;
  /** The FAQ entry that fixes the group, and when it went live. */
  entry_id: string | null;
  fixed_at: number | null;
  updated_at: number;
  /** Set when merged: the group it now belongs to (never itself merged). Its row stays as a prototype of that group. */
  merged_into: number | null;
}

export interface GroupMembersTable {
  event_id: string;
  group_id: number;
  site: string;
  lang: string;
  reason: string;
  session: string;
  at: number;
  /** The FAQ entry the question came closest to (top result, or the entry rated "not helpful"). */
  entry: string | null;
  /** The folded wording: one member per wording per help session. Null on rows grouped before it existed. */
  question: string | null;
}

/** Per browser session, the latest answered search not judged yet (server/grouping/questions.ts). */
export interface AnsweredPendingTable {
  session: string;
  event_id: string;
  at: number;
}

export interface GroupPhrasingsTable {
  group_id: number;
  /** Folded words, space-joined: "como devuelvo un pedido". */
  phrasing: string;
  /** The wording as first typed. */
  text: string;
  count: number;
}

export interface GroupTermsTable {
  site: string;
  lang: string;
  term: string;
  count: number;
}

/** Two groups the grouping step must never merge (a lead split `b` out of `a`). */
export interface GroupApartTable {
  id: Generated<number>;
  site: string;
  lang: string;
  a: number;
  b: number;
  created_at: number;
}

/** A wording (folded, as group_phrasings.phrasing) whose later repeats go to `group_id`. */
export interface GroupPinsTable {
  site: string;
  lang: string;
  phrasing: string;
  group_id: number;
  created_at: number;
}

export interface GroupingCursorTable {
  name: string;
  last_rowid: number;
}

/** new: nobody answered yet; open: being worked on; waiting: on the customer; solved (reopened when the customer writes again). */
export const HANDOFF_STATUSES = ['new', 'open', 'waiting', 'solved'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

/**
 * One hand-off to a human: the row the hand-off code writes (`InboxRow`,
 * made by the shared transcript formatter), plus its place in the inbox's
 * conversation (server/conversation/).
 */
export interface HandoffsTable extends InboxRow {
  status: HandoffStatus;
  /** The dashboard user it is assigned to. */
  assignee_id: number | null;
  /** The reply time the channel promised, in minutes (the record's `replyMinutes`). */
  reply_minutes: number | null;
  /** When the customer is owed an answer (new and open hand-offs). */
  due_at: number | null;
  /** SHA-256 (hex) of the secret the customer's browser keeps: the key to its thread. */
  secret_hash: string | null;
  updated_at: number | null;
}

export interface DashboardTables {
  users: UsersTable;
  sessions: SessionsTable;
  dashboard_settings: SettingsTable;
  question_groups: QuestionGroupsTable;
  group_members: GroupMembersTable;
  group_phrasings: GroupPhrasingsTable;
  group_terms: GroupTermsTable;
  grouping_cursor: GroupingCursorTable;
  answered_pending: AnsweredPendingTable;
  group_apart: GroupApartTable;
  group_pins: GroupPinsTable;
  handoffs: HandoffsTable;
}

export type DashboardSchema = DatabaseSchema & DashboardTables;

/** The collector's Kysely instance, typed with the dashboard's tables too. */
export function withDashboardTables(kysely: Kysely<DatabaseSchema>): Kysely<DashboardSchema> {
  return kysely as unknown as Kysely<DashboardSchema>;
}
