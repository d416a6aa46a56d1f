/** The inbox and a hand-off's page (each language's ../<lang>/inbox.ts). */
import type { PluralForms } from '../../../../../widget/src/i18n/types.ts';

export interface InboxStrings {
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
}
