/**
 * Customers' email answers, threaded back into their conversations: an
 * optional SMTP listener (smtp-server; the config's `inbound`) for mail to
 * the reply addresses a reply email carries (./customer-links.ts,
 * `reply+<reference>.<tag>@<domain>`), and to the addresses the config lists
 * besides (a support address forwarded here).
 * - RCPT: a reply address whose tag is right for a hand-off that exists, or
 *   a listed address; anyone else 550, before any data is sent.
 * - DATA: at most `maxBytes` (552 past it), parsed by mailparser. Threaded by
 *   the reply address's tag; else (a listed address) by In-Reply-To or
 *   References naming a Message-ID the collector sent for a hand-off
 *   (./message-id.ts) and a From that is the hand-off's contact. A From
 *   alone never threads anything (anyone can write any From): 550.
 * - The text above the quoted message (./reply-text.ts), at most 5,000
 *   characters, is the customer's answer through Conversations.customerReply,
 *   as from the widget: reopened, due again, `handoff.customer_replied`.
 *   Stored once per Message-ID (a server retrying the delivery). Attachments
 *   and HTML formatting are dropped; nothing is empty: 550.
 * No TLS and no AUTH of its own: it listens on loopback behind the MTA that
 * takes the domain's mail (or, with host 0.0.0.0, is the MX itself).
 */
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import type { InboundSettings } from '../config/config.ts';
import type { Conversations, HandoffSummary } from './conversation.ts';
import type { CustomerLinks } from './customer-links.ts';
import { newText } from './reply-text.ts';

export const DEFAULT_INBOUND_MAX_BYTES = 1024 * 1024;
const MAX_TEXT = 5000;

export interface InboundMail {
  port: number;
  close(): Promise<void>;
}

export interface InboundOptions {
  settings: InboundSettings;
  conversations: Conversations;
  links: CustomerLinks;
  log?: (message: string) => void;
}

/** An SMTP refusal with its reply code. */
function refusal(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

const ours = /<ayuda\.([A-Za-z0-9_-]{1,64})(?:\.m(\d{1,12}))?@[^>\s]+>/g;

/** The hand-off ids named by Message-IDs the collector makes, in In-Reply-To then References. */
function threadIds(mail: ParsedMail): string[] {
  const refs = [mail.inReplyTo ?? '', ...(Array.isArray(mail.references) ? mail.references : [mail.references ?? ''])].join(' ');
  return [...new Set([...refs.matchAll(ours)].map((m) => m[1]!))];
}

export async function startInboundMail({ settings, conversations, links, log = () => {} }: InboundOptions): Promise<InboundMail> {
  const maxBytes = settings.maxBytes ?? DEFAULT_INBOUND_MAX_BYTES;
  const listed = new Set((settings.addresses ?? []).map((a) => a.toLowerCase()));
  /** The hand-off a reply address names, when its tag is right and it exists. */
  async function named(address: string): Promise<HandoffSummary | undefined> {
    const reference = await links.replyReference(address);
    return reference ? conversations.byReference(reference) : undefined;
  }

  async function threadOf(session: SMTPServerSession, mail: ParsedMail): Promise<HandoffSummary | undefined> {
    for (const rcpt of session.envelope.rcptTo) {
      const h = await named(rcpt.address);
      if (h) return h;
    }
    const from = mail.from?.value[0]?.address?.toLowerCase();
    if (!from) return undefined;
    for (const id of threadIds(mail)) {
      const h = await conversations.byId(id);
      if (h && h.contact_email?.trim().toLowerCase() === from) return h;
    }
    return undefined;
  }

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    banner: 'Ayuda: replies to support conversations',
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      void (async () => {
        if (listed.has(to) || (await named(to))) return callback();
        callback(refusal(550, '5.1.1 no such recipient here'));
      })().catch((err: unknown) => callback(refusal(451, `4.3.0 try again later (${String((err as Error).message ?? err).slice(0, 80)})`)));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBytes) chunks.push(chunk);
      });
      stream.on('end', () => {
        void (async () => {
          if (size > maxBytes || (stream as { sizeExceeded?: boolean }).sizeExceeded) throw refusal(552, `5.3.4 message larger than ${maxBytes} bytes`);
          const raw = Buffer.concat(chunks);
          const mail = await simpleParser(raw, { skipHtmlToText: false, skipTextLinks: true, skipImageLinks: true });
          const h = await threadOf(session, mail);
          if (!h) throw refusal(550, '5.7.1 not an answer to a conversation here: answer the email you received');
          const text = newText(mail.text ?? '');
          if (!text) throw refusal(550, '5.6.0 no new text above the quoted message');
          const clipped = Array.from(text).length > MAX_TEXT ? `${Array.from(text).slice(0, MAX_TEXT - 1).join('')}…` : text;
          const clientId = `mail-${createHash('sha256').update(mail.messageId ?? raw).digest('base64url').slice(0, 32)}`;
          await conversations.customerReply(h.id, clientId, clipped);
          log(`inbound email added to ${h.reference}`);
        })().then(
          () => callback(),
          (err: Error & { responseCode?: number }) => {
            if (!err.responseCode) log(`inbound email failed: ${err.message}`);
            callback(err.responseCode ? err : refusal(451, '4.3.0 try again later'));
          },
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (err: Error) => log(`inbound SMTP: ${err.message}`));
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
