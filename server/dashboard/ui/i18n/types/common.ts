/** Words every page shares: the language and dates, the shell, login, errors, reasons, statuses and filters (each language's ../<lang>/common.ts). */
import type { GroupStatus } from '../../../../db/dashboard-schema.ts';
import type { UnansweredReason } from '../../../../../widget/src/events/schema.ts';
import type { UnresolvedReason } from '../../../sessions/help-sessions.ts';
import type { GroupSort } from '../../../shared/views.ts';
import type { RefusalCode, RefusedField } from '../types.ts';

export interface CommonStrings {
  /** BCP 47 tag: `<html lang>`, Intl's fallback locale. */
  lang: string;
  /**
   * How dates are written: `iso` (2026-12-07, as the date inputs and exports
   * write them) or `locale` (the locale's own order, 07/12/2026 in Spain).
   */
  dates: 'iso' | 'locale';
  /** The document's title. */
  title: string;
  loading: string;
  notFound: string;
  /** Shown in place of a missing value. */
  none: string;
  /** A customer's words quoted in a sentence: `{text}`. */
  quoted: string;
  /** A chart legend's label of the day under the cursor. */
  chartDay: string;

  shell: {
    skip: string;
    /** Accessible name of the main navigation. */
    nav: string;
    unanswered: string;
    measures: string;
    inbox: string;
    users: string;
    sites: string;
    learned: string;
    notices: string;
    /** The erasure page (admins). */
    erasure: string;
    /** `{email} ({role})` */
    who: string;
    logOut: string;
    /** Label of the language menu (it must not contain the word "language": the filters have a "Language"). */
    showIn: string;
    /** The menu's choice for no preference; `{name}` is the browser's language, as the dashboard speaks it now. */
    browser: string;
  };
  roles: Record<'admin' | 'viewer', string>;

  /** `code`: an admin's authenticator code, asked for when the account has a second factor. */
  login: { heading: string; email: string; password: string; submit: string; code: string };

  errors: {
    /** The request did not reach the server or its answer was not read. */
    network: string;
    load: string;
    /** The server failed (5xx). */
    server: string;
    /** A refusal the dashboard does not know; `{detail}` is the server's reason (in English). */
    refused: string;
    codes: Record<RefusalCode, string>;
    /** What a refused field must hold. */
    fields: Record<RefusedField, string>;
    /** The field's name before its reason: "Allowed origins: must be…". */
    fieldNames: Record<RefusedField, string>;
  };

  /** Why a question is unanswered, and why a customer's visit was not resolved (server/dashboard/sessions/help-sessions.ts). */
  reasons: Record<UnansweredReason | UnresolvedReason, string>;
  statuses: Record<GroupStatus, string>;
  /** A hand-off's status in its conversation (server/conversation/). */
  handoffStatuses: Record<'new' | 'open' | 'waiting' | 'solved', string>;
  /** Marks a row that arrived since the page was opened (live updates). */
  newMark: string;

  filters: {
    label: string;
    site: string;
    allSites: string;
    from: string;
    to: string;
    language: string;
    allLanguages: string;
    reason: string;
    allReasons: string;
    status: string;
    anyStatus: string;
    sort: string;
    sorts: Record<GroupSort, string>;
  };
}
