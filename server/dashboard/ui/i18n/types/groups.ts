/** Unanswered questions: the groups, a group's page, merges and splits, its workflow and impact (each language's ../<lang>/groups.ts). */
import type { PluralForms } from '../../../../../widget/src/i18n/types.ts';
import type { GroupSort } from '../../../shared/views.ts';
import type { Impact } from '../../pages/impact-panel.tsx';

export interface GroupsStrings {
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
}
