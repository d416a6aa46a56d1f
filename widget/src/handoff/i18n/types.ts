/**
 * Every string the hand-off view shows. They travel in the hand-off chunk
 * (only customers who reach a person download them), one file per language;
 * a language without one falls back to English.
 */
import type { ChannelType } from '../types.ts';

export interface HandoffStrings {
  lang: string;
  title: string;
  channelLegend: string;
  channel: Record<ChannelType, string>;
  openNow: string;
  /** `{time}`: the next opening, "9:00" or "Monday 9:00". */
  closedUntil: string;
  closed: string;
  /** `{time}`: "2 hours", "30 minutes". */
  replyWithin: string;
  /** `{langs}`: the languages the channel is answered in. */
  answeredIn: string;
  /** A closed channel whose messages the inbox takes meanwhile. */
  fallback: string;
  question: string;
  details: string;
  /** The button that shows the optional details field. */
  addDetails: string;
  name: string;
  email: string;
  phone: string;
  optional: string;
  errors: {
    question: string;
    name: string;
    email: string;
    emailFormat: string;
    phone: string;
    phoneFormat: string;
  };
  journeyHint: string;
  /** The one line of what goes with the message: `lead` then the counts ("3 searches, 1 answer read and this page"). Each count is [one, other] with `{n}`. */
  summary: {
    lead: string;
    search: [string, string];
    read: [string, string];
    feedback: [string, string];
    page: [string, string];
    trait: [string, string];
    context: [string, string];
    and: string;
    only: string;
    review: string;
    hide: string;
  };
  /** Names of common identify() / data-context keys (others are humanized: "customerId" → "Customer ID"). */
  facts: Record<string, string>;
  attach: string;
  /** Under the attach button: what and how much. */
  attachHint: string;
  /** `{name}`: the file's name. */
  fileRemove: string;
  fileAdded: string;
  fileRemoved: string;
  /** A file refused before sending: `{name}`, and `{why}`, one of `fileWhy`. */
  fileRefused: string;
  fileWhy: { type: string; size: string; count: string };
  /** On the confirmation: the reference's copy button, its announcement, and the words when the browser refuses the clipboard. */
  copy: string;
  copied: string;
  copyFailed: string;
  /** Accessible name of a remove button; `{item}` is the item's text. */
  remove: string;
  removeShort: string;
  item: {
    search: string;
    none: string;
    weak: string;
    read: string;
    /** `{s}`: seconds. */
    seconds: string;
    helpful: string;
    notHelpful: string;
    page: string;
    fact: string;
  };
  send: string;
  openWhatsApp: string;
  openChat: string;
  sending: string;
  sentTitle: string;
  savedTitle: string;
  sent: string;
  offline: string;
  whatsapp: string;
  chat: string;
  /** On the confirmation, before the customer's email and the channel's hours and reply time. */
  replyTo: string;
  referenceLabel: string;
  referenceHint: string;
  /** "Your requests": each request's status and replies, and the customer's answer. */
  earlier: string;
  status: { saved: string; sent: string; opened: string };
  /** The collector's status of a request (`new` reads as `status.sent`: received). */
  thread: { open: string; waiting: string; solved: string };
  fromAgent: string;
  fromYou: string;
  /** `{reference}` */
  answer: string;
  answerSend: string;
  another: string;
  back: string;
  failed: string;
}
