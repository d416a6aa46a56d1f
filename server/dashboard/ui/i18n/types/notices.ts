/** Notices (each language's ../<lang>/notices.ts). */
import type { Severity } from '../../../../../widget/src/notices/types.ts';
import type { NoticeStatus } from '../../../../notices/views.ts';
import type { NoticeField } from '../types.ts';

export interface NoticesStrings {
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
}
