/**
 * Every word the dashboard shows, announces or writes into a CSV header. A
 * language is a folder of one file per page or section (./en/measures.ts,
 * ./en/inbox.ts …, each a `Pick` of this type), one file assembling them
 * into an object of this type (./en.ts, ./es.ts) and one line in
 * ./languages.ts.
 *
 * Placeholders in braces are filled by name: `{n}` is a count (formatted in
 * the user's locale), others are named where they are used. Counts that
 * change a noun are `PluralForms`, picked with Intl.PluralRules.
 */
import type { PluralForms } from '../../../../widget/src/i18n/types.ts';
import type { GroupStatus } from '../../../db/dashboard-schema.ts';
import type { UnansweredReason } from '../../../../widget/src/events/schema.ts';
import type { UnresolvedReason } from '../../sessions/help-sessions.ts';
import type { GroupSort } from '../../shared/views.ts';
import type { Impact } from '../pages/impact-panel.tsx';
import type { Severity } from '../../../../widget/src/notices/types.ts';
import type { NoticeStatus } from '../../../notices/views.ts';

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

export interface DashboardStrings {
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

  groups: {
    heading: string;
    /** `{n}` is wrapped in the page's <strong>. */
    groupCount: PluralForms;
    questionCount: PluralForms;
    range: string;
    /** `{groupsCsv}` and the others are the links, each named CSV or JSON. */
    downloads: string;
    empty: string;
    caption: Record<GroupSort, string>;
    columns: { question: string; count: string; sessions: string; trend: string; growth: string; seen: string; reasons: string; lang: string; closest: string; status: string };
    noWords: string;
    /** A sparkline's description; `{values}` lists the daily counts. */
    perDay: string;
    pages: string;
    previous: string;
    next: string;
    /** `{first}–{last} of {total}` */
    pageRange: string;
    firstRun: { heading: string; how: string; admin: string; adminLink: string; viewer: string };
    /** Groups spiking today (server/grouping/spikes.ts), flagged above the list. */
    spikes: {
      /** `{n}` groups. */
      heading: PluralForms;
      /** `{count}` today's questions, `{median}` the usual per day, `{site}`. */
      line: string;
      rule: string;
      /** The link to the notices form, prefilled with the group's words and a title (admins). */
      publish: string;
      open: string;
    };
  };

  /** A lead's corrections to the grouping (admins): merge groups, move wordings out. */
  edits: {
    selectColumn: string;
    /** A group's checkbox; `{text}` is its wording. */
    select: string;
    mergeCount: PluralForms;
    mergeNone: string;
    mergeHint: string;
    mergeFailed: string;
    /** A wording's checkbox; `{text}` is the wording. */
    move: string;
    /** `{count}` is the wordingCount of ../group. */
    moveCount: string;
    moveNone: string;
    moveHint: string;
    moveFailed: string;
    sharedTitle: string;
  };

  group: {
    heading: string;
    back: string;
    facts: { questions: string; sessions: string; trend: string; reasons: string; language: string; closest: string; firstSeen: string; lastSeen: string };
    loop: string;
    snippet: string;
    snippetHint: string;
    wordings: string;
    wordingCount: PluralForms;
    topWordings: string;
    every: string;
    everyNewest: string;
    download: string;
    columns: { when: string; question: string; page: string; reason: string; session: string };
    comment: string;
  };

  workflow: { status: string; owner: string; ownerPlaceholder: string; entry: string; entryId: string; entryPlaceholder: string; fixedOn: string; fixedOnUtc: string; save: string; saved: string };

  impact: {
    heading: string;
    headingOn: string;
    verdicts: Record<Impact['verdict'], string>;
    before: string;
    after: string;
    days: string;
    questions: string;
    searches: string;
    dailyRate: string;
    per1000: string;
    perDay: string;
    chart: string;
    series: string;
  };

  measures: {
    heading: string;
    /** What a card counts, in small type after its heading. */
    units: { customers: string; questions: string; requests: string; ratings: string };
    resolution: string;
    /** `{n}` customers, `{resolved}` of them resolved, `{hours}` the follow-up window. */
    resolutionHint: PluralForms;
    /** `{points}` (signed), `{days}`, `{previous}` (the rate before). */
    trend: string;
    noTrend: string;
    unresolvedCaption: string;
    unresolvedColumns: { reason: string; customers: string };
    resolutionChart: string;
    resolved: string;
    unanswered: string;
    /** `{n}` questions, `{unanswered}` of them unanswered. */
    unansweredHint: PluralForms;
    unansweredChart: string;
    unansweredSeries: string;
    handoffs: string;
    noHandoffs: string;
    handoffsChart: string;
    helpful: string;
    helpfulHint: string;
    helpfulChart: string;
    helpfulSeries: string;
    misleading: string;
    misleadingCaption: string;
    entryColumns: { entry: string; shown: string; wrong: string; yes: string; no: string; reads: string };
    top: string;
    /** The noun after the total, in small type. */
    questionsNoun: PluralForms;
    topChart: string;
    topSeries: string;
    topColumns: { question: string; times: string; answered: string };
    definitions: { summary: string; terms: [string, string][] };
  };

  inbox: {
    heading: string;
    search: string;
    query: string;
    status: string;
    allStatuses: string;
    submit: string;
    noMatch: string;
    empty: string;
    columns: { reference: string; received: string; customer: string; question: string; channel: string; status: string; due: string; assignee: string };
    /** `{site}` a site key, `{latest}` a date and time: hand-offs sent without a browser's Origin during a flood, not emailed nor posted. */
    held: PluralForms;
    /** Admins: send a site's held deliveries after all, or give them up. */
    releaseHeld: string;
    discardHeld: string;
    /** Marks a hand-off past its due time. */
    overdue: string;
  };

  handoff: {
    heading: string;
    /** `{reference}` is the code in <code>. */
    headingOf: string;
    back: string;
    facts: { status: string; received: string; channel: string; customer: string; site: string; page: string; language: string; timeZone: string; requested: string; phone: string };
    reply: string;
    noEmail: string;
    question: string;
    details: string;
    steps: string;
    noSteps: string;
    fromSite: string;
    more: string;
    /** The customer's files, as downloads: heading, each link's accessible name (`{name}`, `{type}`, `{size}`), and the note under them. */
    attachments: string;
    download: string;
    attachmentsNote: string;
    /** The conversation (server/conversation/): messages, the reply form, status, assignee, due time, deliveries. */
    conversation: {
      heading: string;
      empty: string;
      /** `{author}`: the agent's email. */
      reply: string;
      customer: string;
      note: string;
      message: string;
      /** `{email}` */
      replyGoesTo: string;
      replyInWidget: string;
      notesHidden: string;
      sendReply: string;
      addNote: string;
      replied: string;
      noted: string;
      manage: string;
      status: string;
      assignee: string;
      nobody: string;
      save: string;
      saved: string;
      /** `{time}` */
      due: string;
      overdue: string;
      deliveries: string;
      noDeliveries: string;
      columns: { target: string; status: string; attempts: string };
      targets: { email: string; webhook: string; replyEmail: string; event: string };
      deliveryStatuses: { pending: string; delivered: string; failed: string };
      /** `{n}`, `{time}`, `{outcome}` */
      attempt: string;
      ok: string;
      retry: string;
      /** `{target}` */
      retryOf: string;
      retried: string;
    };
  };

  users: {
    heading: string;
    adminsOnly: string;
    added: string;
    addedWithPassword: string;
    roleChanged: string;
    removed: string;
    columns: { email: string; role: string; sites: string; added: string; actions: string };
    roleOf: string;
    /** Sites a user sees (../site-access.ts on the server). */
    everySite: string;
    onlySites: string;
    /** `{email}` */
    sitesOf: string;
    noSites: string;
    changeSites: string;
    save: string;
    cancel: string;
    /** `{email}`, `{sites}` (a list, or everySite) */
    sitesChanged: string;
    remove: string;
    add: string;
    email: string;
    role: string;
    viewerOption: string;
    password: string;
    submit: string;
  };

  /** Learned wordings (pages/alternates-page.tsx): customers' wordings that found an entry, for admins to accept as alternates. */
  learned: {
    heading: string;
    intro: string;
    site: string;
    statusNav: string;
    tabs: Record<'proposed' | 'accepted' | 'rejected', string>;
    noFaq: string;
    /** `{problem}` is the collector's reason. */
    faqProblem: string;
    empty: Record<'proposed' | 'accepted' | 'rejected', string>;
    wording: string;
    customers: string;
    lastSeen: string;
    decided: string;
    actions: string;
    accept: string;
    reject: string;
    undo: string;
    viewerNote: string;
    download: string;
    /** `{site}` fills the file name. */
    buildHint: string;
    /** After a decision; `{text}` the wording, `{entry}` the entry's question. */
    done: Record<'accept' | 'reject' | 'undo', string>;
    failed: string;
  };

  /** Read-only build tokens of a site (pages/alternates-tokens.tsx). */
  tokens: {
    heading: string;
    /** `{site}` is the site's key. */
    intro: string;
    name: string;
    nameHint: string;
    create: string;
    created: string;
    /** `{url}` is the export's address. */
    command: string;
    none: string;
    /** `{at}` is a date and time. */
    lastUsed: string;
    neverUsed: string;
    revoked: string;
    revoke: string;
    failed: string;
  };

  /** A site's FAQ index (pages/site-faq.tsx). */
  /** A site's retention period (server/privacy/retention.ts), on the Sites page. */
  retention: {
    label: string;
    /** No period set. */
    kept: string;
    days: PluralForms;
    fieldLabel: string;
    fieldHint: string;
  };

  /** Erasing a customer's data (server/privacy/erase.ts). */
  erasure: {
    heading: string;
    intro: string;
    adminsOnly: string;
    /** Legend of the choice between email and reference. */
    findBy: string;
    email: string;
    reference: string;
    /** Label of the value's field: the email or the reference. */
    value: Record<'email' | 'reference', string>;
    site: string;
    everySite: string;
    preview: string;
    /** `{n}` hand-offs found. */
    found: PluralForms;
    nothing: string;
    /** Heading of the confirmation: what will be erased for good. */
    confirmTitle: string;
    /** Caption of the counts' table. */
    counts: string;
    table: string;
    rows: string;
    confirm: string;
    cancel: string;
    /** `{id}` is the erasure's number in the log. */
    erased: string;
    log: string;
    noLog: string;
    columns: { at: string; by: string; matched: string; sites: string; erased: string };
    matchedBy: Record<'email' | 'reference', string>;
    /** What each table holds, in the user's words; an unknown table shows its name. */
    tables: Record<string, string>;
  };

  siteFaq: {
    label: string;
    none: string;
    entries: PluralForms;
    /** `{problem}` is the collector's reason. */
    problem: string;
    fieldLabel: string;
    fieldHint: string;
  };

  sites: {
    heading: string;
    adminsOnly: string;
    intro: string;
    fromConfig: string;
    fromDashboard: string;
    origins: string;
    noOrigins: string;
    handoffs: string;
    inboxAll: string;
    emailTo: string;
    emailFrom: string;
    webhook: string;
    everyHandoff: string;
    handoffsBy: string;
    deleted: string;
    confirmDelete: string;
    yesDelete: string;
    keep: string;
    edit: string;
    delete: string;
    scriptFor: string;
    copy: string;
    copied: string;
    copyByHand: string;
    saved: string;
    addedSite: string;
    form: {
      add: string;
      edit: string;
      key: string;
      keyFixed: string;
      keyHint: string;
      name: string;
      nameHint: string;
      origins: string;
      originsHint: string;
      email: string;
      emailTo: string;
      emailToHint: string;
      emailFrom: string;
      webhook: string;
      webhookUrl: string;
      webhookSecret: string;
      secretKeep: string;
      secretHint: string;
      channels: string;
      save: string;
      submit: string;
      cancel: string;
    };
  };

  /** Notices (pages/notices-page.tsx, pages/notice-page.tsx): what a lead tells customers before they ask. */
  notices: {
    heading: string;
    intro: string;
    site: string;
    allSites: string;
    empty: string;
    caption: string;
    columns: { title: string; site: string; severity: string; when: string; status: string; actions: string };
    severities: Record<Severity, string>;
    statuses: Record<NoticeStatus, string>;
    /** `{from}` – `{to}` */
    range: string;
    /** A notice without a title in the dashboard's language: `{title}` in `{language}`. */
    untitled: string;
    viewerNote: string;
    edit: string;
    delete: string;
    /** `{title}` */
    confirmDelete: string;
    yesDelete: string;
    keep: string;
    /** `{title}` */
    deleted: string;
    published: string;
    saved: string;
    form: {
      add: string;
      /** `{title}` */
      edit: string;
      site: string;
      severity: string;
      severityHint: string;
      startsAt: string;
      endsAt: string;
      /** `{zone}` is the browser's time zone. */
      timesHint: string;
      /** A language's fieldset: `{language}`. */
      inLanguage: string;
      languagesHint: string;
      title: string;
      body: string;
      bodyHint: string;
      where: string;
      paths: string;
      pathsHint: string;
      contexts: string;
      contextsHint: string;
      about: string;
      aboutText: string;
      aboutHint: string;
      entries: string;
      entriesHint: string;
      words: string;
      wordsHint: string;
      submit: string;
      save: string;
      cancel: string;
    };
    /** What a refused field must hold. */
    fields: Record<NoticeField, string>;
    fieldNames: Record<NoticeField, string>;
    page: {
      back: string;
      facts: { key: string; site: string; severity: string; status: string; starts: string; ends: string; by: string };
      reach: string;
      seen: string;
      opened: string;
      /** `{seen}` customers saw it, `{opened}` opened it. */
      reachHint: string;
      content: string;
      where: string;
      everyPage: string;
      paths: string;
      contexts: string;
      about: string;
      entries: string;
      words: string;
      noneSet: string;
      topic: string;
      topicHint: string;
      notStarted: string;
      unanswered: string;
      handoffs: string;
      before: string;
      during: string;
      days: string;
      questions: string;
      searches: string;
      rate: string;
      per1000: string;
      perDay: string;
      edit: string;
    };
  };

  /**
   * CSV headers by column key (server/dashboard/routes/export-routes.ts).
   * English keeps the keys themselves: scripts and saved spreadsheets read
   * them; another language names the columns in its words.
   */
  csv: Record<string, string>;
}
