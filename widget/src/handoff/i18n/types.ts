/**
 * Every string the hand-off view shows. They travel in the hand-off chunk
 * (only customers who reach a person download them), one file per language;
 * a language without one falls back to English.
 */
import type { ChannelType } from '../types.ts';

export interface HandoffStrings {
  lang: string;
  title: string;
  intro: string;
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
  journeyTitle: string;
  journeyHint: string;
  journeyEmpty: string;
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
