/**
 * Every word the dashboard shows, announces or writes into a CSV header. The
 * type is split like the languages: one interface per page or section in
 * ./types/ (./types/measures.ts declares `MeasuresStrings` …), each field
 * with its doc comment, and `DashboardStrings` here extends them all. A
 * language is a folder of one file per page or section (./en/measures.ts,
 * ./en/inbox.ts …, each typed by its interface), one file assembling them
 * into an object of this type (./en.ts, ./es.ts) and one line in
 * ./languages.ts.
 *
 * Placeholders in braces are filled by name: `{n}` is a count (formatted in
 * the user's locale), others are named where they are used. Counts that
 * change a noun are `PluralForms`, picked with Intl.PluralRules.
 */
import type { PluralForms } from '../../../../widget/src/i18n/types.ts';
import type { CommonStrings } from './types/common.ts';
import type { GroupsStrings } from './types/groups.ts';
import type { MeasuresStrings } from './types/measures.ts';
import type { InboxStrings } from './types/inbox.ts';
import type { UsersStrings } from './types/users.ts';
import type { LearnedStrings } from './types/learned.ts';
import type { PrivacyStrings } from './types/privacy.ts';
import type { SitesStrings } from './types/sites.ts';
import type { NoticesStrings } from './types/notices.ts';
import type { CsvStrings } from './types/csv.ts';

export type { PluralForms };

/** The fields a refusal can name (sites, users, a group's workflow), as ../i18n/errors.ts reads them from the error's path. */
export type RefusedField =
  | 'key' | 'name' | 'origins' | 'faq' | 'email_to' | 'email_from' | 'email_channels' | 'webhook_url' | 'webhook_secret' | 'webhook_channels'
  | 'email' | 'password' | 'role' | 'user'
  | 'owner' | 'status' | 'entry_id' | 'fixed_on'
  | 'retention';

/** The refusals the dashboard's API answers with a code of its own (`error` of the reply). */
export type RefusalCode =
  | 'csrf' | 'unauthenticated' | 'forbidden' | 'invalid_credentials' | 'rate_limited' | 'not_found'
  | 'read_only' | 'entry_required' | 'not_verified' | 'invalid_query' | 'totp_required' | 'invalid_code';

/** The fields of the notice form a refusal can name (`content.es.title` → es_title). */
export type NoticeField = 'site' | 'severity' | 'starts_at' | 'ends_at' | 'es_title' | 'es_body' | 'en_title' | 'en_body' | 'paths' | 'contexts' | 'about' | 'entries' | 'words';

export interface DashboardStrings
  extends CommonStrings, GroupsStrings, MeasuresStrings, InboxStrings, UsersStrings,
    LearnedStrings, PrivacyStrings, SitesStrings, NoticesStrings, CsvStrings {}
