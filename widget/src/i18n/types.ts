/**
 * Every string the help panel shows or announces. A language is one file
 * exporting an object of this type, plus one line in ./index.ts.
 */

/** Plural forms keyed by `Intl.PluralRules` category; `{n}` is replaced by the count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface UiStrings {
  /** BCP 47 tag of these strings (`lang` attribute of the panel, plural rules). */
  lang: string;
  /** Dialog title; also the launcher button's label. */
  title: string;
  /** Shown by the launcher when the panel or the FAQ cannot be loaded (offline before the first open). */
  loadError: string;
  /** Accessible name of the close button. */
  close: string;
  /** Label of the search box. */
  searchLabel: string;
  placeholder: string;
  /** Heading of the entries shown before typing. */
  suggested: string;
  /** Heading of the hits when the FAQ answers. */
  results: string;
  /** Heading of the hits when the match is weak. */
  weak: string;
  /** Heading of the popular entries offered when nothing is found. */
  popular: string;
  /** Announced after typing settles; `{n}` is the number of results. */
  resultCount: PluralForms;
  /** Announced when a search finds nothing. */
  noResultCount: string;
  /** `{q}` is the customer's query. */
  noResults: string;
  tipsTitle: string;
  tips: string[];
  back: string;
  related: string;
  helpful: string;
  yes: string;
  no: string;
  /** Label of the optional comment box after "No". */
  missing: string;
  send: string;
  thanks: string;
  /** Said while a part of help loads (the hand-off form, an answer). */
  loading: string;
  /** An answer's chunk could not be fetched (offline, a server error), before a retry button. */
  answerError: string;
  retry: string;
  /** Marks an entry in this language shown on a page in another ("En español"), written in this language. */
  inLanguage: string;
  /** The hand-off to a person (its view brings its own strings: widget/src/handoff/i18n/). */
  handoff: string;
  /** A notice's kind, before its title: information, warning, incident. */
  notice: { info: string; warning: string; incident: string };
  /** The button that shows (and hides) a notice's details. */
  noticeMore: string;
  /** Accessible name of the button that hides a notice's banner; `{title}` is its title. */
  noticeDismiss: string;
  /** The customer's earlier requests to a person, their status and replies (offered once this browser has any). */
  requests: string;
  /** Offered instead of `handoff` while a message to a person is being written. */
  continueDraft: string;
}
