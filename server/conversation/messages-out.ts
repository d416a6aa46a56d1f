/**
 * What leaves the collector when a conversation moves. Pure:
 * - the agent's reply emailed to the customer, threaded: the reference in
 *   the subject, its own `Message-ID`, `In-Reply-To` the previous message of
 *   the thread and `References` all of them (the hand-off email's first),
 *   `Reply-To` the support address, so the customer's answer by email
 *   reaches support too, or, with the inbound listener, the hand-off's own
 *   reply address (./customer-links.ts), so it lands in the conversation;
 *   a link to the thread page where the customer reads and answers it; the
 *   customer's text is only ever plain text or escaped HTML;
 * - the webhook events `handoff.replied`, `handoff.customer_replied` and
 *   `handoff.status_changed`, signed like `handoff.created` when sent.
 */
import type { SendMailOptions } from 'nodemailer';
import type { HandoffStatus } from '../db/dashboard-schema.ts';
import { DEFAULT_FROM } from '../handoff/email-message.ts';
import type { MessageKind } from './tables.ts';
import { threadMessageId } from './message-id.ts';

export interface ReplyHandoff {
  id: string;
  reference: string;
  question: string;
  contact_name: string | null;
  contact_email: string;
  /** The customer's language ("es-ES"), for the email's own words. */
  locale: string;
}

const WORDS = {
  es: { reference: 'Referencia de tu solicitud', question: 'Tu pregunta', answer: 'Puedes responder a este correo o en la ayuda de la web, en «Tus solicitudes».', link: 'Ver tu solicitud y responder' },
  en: { reference: 'Your request’s reference', question: 'Your question', answer: 'You can reply to this email, or in the site’s help under “Your requests”.', link: 'See your request and answer it' },
};

/** What the collector adds to a reply email when it can (./customer-links.ts). */
export interface ReplyExtras {
  /** The signed link to the thread page. */
  threadUrl?: string;
  /** The hand-off's reply address (the inbound listener's), instead of the support address. */
  replyTo?: string;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const oneLine = (s: string, max: number): string => {
  const line = s.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`;
};

/**
 * @param earlier the ids of the replies emailed before this one, oldest first.
 */
export function replyEmail(h: ReplyHandoff, reply: { id: number; body: string }, earlier: number[], from = DEFAULT_FROM, supportTo?: string | string[], extras: ReplyExtras = {}): SendMailOptions {
  const w = h.locale.toLowerCase().startsWith('es') ? WORDS.es : WORDS.en;
  const references = [threadMessageId(h.id, from), ...earlier.map((id) => threadMessageId(h.id, from, `m${id}`))];
  const footer = [`${w.reference}: ${h.reference}`, `${w.question}: ${oneLine(h.question, 300)}`, w.answer];
  const to = h.contact_name ? { name: oneLine(h.contact_name, 120), address: h.contact_email } : h.contact_email;
  const replyTo = extras.replyTo ?? supportTo;
  const link = extras.threadUrl;
  return {
    from,
    to,
    ...(replyTo ? { replyTo } : {}),
    subject: `Re: [${h.reference}] ${oneLine(h.question, 120)}`,
    messageId: threadMessageId(h.id, from, `m${reply.id}`),
    inReplyTo: references.at(-1)!,
    references,
    text: `${reply.body}\n\n${link ? `${w.link}: ${link}\n\n` : ''}—\n${footer.join('\n')}\n`,
    html:
      `<div style="white-space:pre-wrap">${escapeHtml(reply.body)}</div>` +
      (link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(w.link)}</a></p>` : '') +
      `<hr><p style="color:#555">${footer.map(escapeHtml).join('<br>')}</p>`,
    headers: { 'X-Ayuda-Reference': h.reference, 'X-Ayuda-Handoff': h.id },
  };
}

export type ConversationEventType = 'handoff.replied' | 'handoff.customer_replied' | 'handoff.status_changed';

/** The JSON body of a conversation's webhook. */
export interface ConversationWebhookPayload {
  type: ConversationEventType;
  /** The event's id, stable across retries: receivers deduplicate by it. */
  id: string;
  created: number;
  handoff: { id: string; reference: string; site: string; status: HandoffStatus; assignee: string | null };
  /** `handoff.replied`, `handoff.customer_replied`: the message. */
  message?: { id: number; kind: Exclude<MessageKind, 'note'>; text: string; at: number; author?: string };
  /** `handoff.status_changed`: from and to. */
  status?: { from: HandoffStatus; to: HandoffStatus; by?: string };
}
