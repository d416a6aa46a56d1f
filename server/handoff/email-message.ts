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
import { escapeHtml } from '../../widget/src/handoff/transcript/format-html.ts';
import { fileSize, LINK_DAYS, type LinkedAttachment } from '../attachments/links.ts';

export const DEFAULT_FROM = 'Ayuda <ayuda@localhost>';

/** One line, at most `max` characters (headers never carry a customer's line break). */
function oneLine(text: string, max: number): string {
  const line = text.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`;
}

const WORDS = {
  en: { title: 'Attachments', expires: `links expire after ${LINK_DAYS} days; the files stay in the dashboard's inbox`, inbox: 'download them from the dashboard\'s inbox' },
  es: { title: 'Archivos adjuntos', expires: `los enlaces caducan a los ${LINK_DAYS} días; los archivos siguen en la bandeja del panel`, inbox: 'descárgalos desde la bandeja del panel' },
};

/** The files' section of the email: each name, type and size, with its signed link when there is one. */
function attachmentsSection(files: readonly LinkedAttachment[], locale: string): { text: string; html: string } {
  if (!files.length) return { text: '', html: '' };
  const w = locale.toLowerCase().startsWith('es') ? WORDS.es : WORDS.en;
  const note = files.some((f) => f.url) ? w.expires : w.inbox;
  const line = (f: LinkedAttachment) => `${f.name} (${f.type}, ${fileSize(f.size)})`;
  const text = ['', `${w.title} (${note}):`, ...files.map((f) => `- ${line(f)}${f.url ? `: ${f.url}` : ''}`), ''].join('\n');
  const items = files.map((f) => `<li>${f.url ? `<a href="${escapeHtml(f.url)}">${escapeHtml(f.name)}</a>` : escapeHtml(f.name)} <span style="color:#4b5563">(${escapeHtml(f.type)}, ${fileSize(f.size)})</span></li>`);
  const html = `<h2 style="font-size:16px">${escapeHtml(w.title)}</h2><p style="color:#4b5563">${escapeHtml(note)}</p><ul>${items.join('')}</ul>\n`;
  return { text, html };
}

export function emailMessage(record: HandoffRecord, to: string | string[], from = DEFAULT_FROM, attachments: readonly LinkedAttachment[] = []): SendMailOptions {
  const t = buildTranscript(record);
  const files = attachmentsSection(attachments, record.locale);
  const { name, email } = record.contact;
  return {
    from,
    to,
    ...(email ? { replyTo: { name: oneLine(name ?? '', 120), address: email } } : {}),
    subject: `[${record.reference}] ${oneLine(record.question, 120)}`,
    // The thread's first message: the agent's replies to the customer refer to it.
    messageId: threadMessageId(record.id, from),
    text: formatText(t) + files.text,
    html: formatHtml(t).replace('</body></html>', `${files.html}</body></html>`),
    headers: { 'X-Ayuda-Reference': record.reference, 'X-Ayuda-Handoff': record.id },
  };
}
