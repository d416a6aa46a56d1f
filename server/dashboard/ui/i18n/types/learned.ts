/** Learned wordings and their export tokens (each language's ../<lang>/learned.ts). */

export interface LearnedStrings {
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
}
