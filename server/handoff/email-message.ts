/**
 * The hand-off email: to the support address, `Reply-To` the customer (so a
 * reply goes straight to them), the reference first in the subject, the
 * transcript as plain text and as HTML (every customer string escaped), and
 * a Message-ID the replies' emails refer to (server/conversation/).
 * Pure: nodemailer's message options, sent by ./send-email.ts.
 */
import type { SendMailOptions } from 'nodemailer';
import { buildTranscript } from '../../widget/src/handoff/transcript/build-transcript.ts';
import { formatHtml } from '../../widget/src/handoff/transcript/format-html.ts';
import { formatText } from '../../widget/src/handoff/transcript/format-text.ts';
import type { HandoffRecord } from '../../widget/src/handoff/types.ts';
import { threadMessageId } from '../conversation/message-id.ts';

export const DEFAULT_FROM = 'Ayuda <ayuda@localhost>';

/** One line, at most `max` characters (headers never carry a customer's line break). */
function oneLine(text: string, max: number): string {
  const line = text.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`;
}

export function emailMessage(record: HandoffRecord, to: string | string[], from = DEFAULT_FROM): SendMailOptions {
  const t = buildTranscript(record);
  const { name, email } = record.contact;
  return {
    from,
    to,
    ...(email ? { replyTo: { name: oneLine(name ?? '', 120), address: email } } : {}),
    subject: `[${record.reference}] ${oneLine(record.question, 120)}`,
    // The thread's first message: the agent's replies to the customer refer to it.
    messageId: threadMessageId(record.id, from),
    text: formatText(t),
    html: formatHtml(t),
    headers: { 'X-Ayuda-Reference': record.reference, 'X-Ayuda-Handoff': record.id },
  };
}
