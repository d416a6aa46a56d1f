/** Retention and erasure (each language's ../<lang>/privacy.ts). */
import type { PluralForms } from '../../../../../widget/src/i18n/types.ts';

export interface PrivacyStrings {
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
}
