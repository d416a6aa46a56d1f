/**
 * Customers' email answers, over real SMTP (nodemailer) to the collector's
 * inbound listener on loopback: the reply email's Reply-To is the hand-off's
 * reply address; an answer to it lands in the conversation without the
 * quoted message, reopens it and fires `handoff.customer_replied`, once per
 * Message-ID; an answer to the forwarded support address is threaded by
 * In-Reply-To from the customer's own address; a forged From alone, a wrong
 * tag, an unknown recipient and an oversized message are refused.
 */
import { createTransport, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMail } from '../../demo/sinks/parse-mail.ts';
import { startSmtpSink, type SmtpSink } from '../../demo/sinks/smtp-sink.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../demo/sinks/webhook-receiver.ts';
import { inboundMailOf } from '../../server/app.ts';
import type { ConversationWebhookPayload } from '../../server/conversation/messages-out.ts';
import { dashboardApp, type Client, type DashboardApp } from '../dashboard/dashboard-app.ts';
import { WEBHOOK_SECRET } from '../handoff/collector.ts';
import { postHandoff } from '../privacy/seed.ts';

const DOMAIN = 'reply.tienda.example';
const SUPPORT = 'soporte@tienda.example';
let d: DashboardApp;
let smtp: SmtpSink;
let webhook: WebhookReceiver;
let admin: Client;
let mailer: Transporter;
let replyTo = '';
let replyMessageId = '';

const messages = async (id = 'handoff-000001') => (await admin.get(`/dashboard/api/handoffs/${id}/conversation`)).json().messages as { kind: string; body: string }[];
const refusalOf = (promise: Promise<unknown>) => promise.then(() => undefined, (err: { responseCode?: number; response?: string; command?: string }) => err);

beforeAll(async () => {
  smtp = await startSmtpSink();
  webhook = await startWebhookReceiver(WEBHOOK_SECRET);
  d = await dashboardApp({
    sites: [{ key: 'demo', origins: ['http://localhost:5173'], handoff: { email: { to: SUPPORT, from: 'Ayuda <ayuda@tienda.example>' }, webhook: { url: webhook.url, secret: WEBHOOK_SECRET } } }],
    smtp: { host: '127.0.0.1', port: smtp.port },
    inbound: { port: 0, domain: DOMAIN, addresses: [SUPPORT], maxBytes: 8192 },
  });
  await d.app.listen({ port: 0, host: '127.0.0.1' });
  const inbound = await inboundMailOf(d.app)!;
  mailer = createTransport({ host: '127.0.0.1', port: inbound.port, secure: false, ignoreTLS: true });
  admin = await d.as('admin', 'lead@example.com');
  await postHandoff(d, 1, { session: 'sess-ana', contact: { name: 'Ana López', email: 'ana@example.com' } });
  await postHandoff(d, 2, { reference: 'AY-BBB-BBB', session: 'sess-bob', contact: { email: 'bob@example.com' } });
  await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/handoff-000001/messages', payload: { kind: 'reply', text: 'Hola Ana: tu pedido sale hoy.' } });
  // Two hand-off emails to the support address and the reply to Ana, in whatever order they were delivered.
  const mails = (await smtp.waitFor(3)).map((m) => parseMail(m.raw));
  const reply = mails.find((m) => m.headers.to?.includes('ana@example.com'))!;
  replyTo = reply.headers['reply-to']!;
  replyMessageId = reply.headers['message-id']!;
});

afterAll(async () => {
  mailer?.close();
  await d.close();
  await Promise.all([smtp.close(), webhook.close()]);
});

describe('email answers', () => {
  it('the reply email’s Reply-To is the hand-off’s own reply address', () => {
    expect(replyTo).toMatch(new RegExp(`^reply\\+ay-7k3-q9f\\.[0-9a-f]{20}@${DOMAIN.replace(/\./g, '\\.')}$`));
    expect(replyMessageId).toMatch(/^<ayuda\.handoff-000001\.m\d+@tienda\.example>$/);
  });

  it('an answer to it lands in the conversation without the quoted message, once, and reopens it with the webhook', async () => {
    const answer = {
      from: 'Ana López <ana@example.com>',
      to: replyTo,
      subject: 'Re: [AY-7K3-Q9F] ¿Dónde está mi pedido?',
      messageId: '<answer-1@mail.example.com>',
      inReplyTo: replyMessageId,
      text: '¡Gracias! ¿Llega el jueves?\n\nEl lun, 7 dic 2026 a las 10:00, Ayuda <ayuda@tienda.example> escribió:\n> Hola Ana: tu pedido sale hoy.\n',
    };
    const sent = await mailer.sendMail(answer);
    expect(sent.accepted).toEqual([replyTo]);
    await mailer.sendMail(answer); // the sender's server retries: stored once
    expect((await messages()).map((m) => [m.kind, m.body])).toEqual([
      ['reply', 'Hola Ana: tu pedido sale hoy.'],
      ['customer', '¡Gracias! ¿Llega el jueves?'],
    ]);
    expect((await admin.get('/dashboard/api/handoffs/handoff-000001')).json().handoff.status).toBe('open');
    await expect.poll(() => (webhook.accepted() as unknown as ConversationWebhookPayload[]).filter((e) => e.type === 'handoff.customer_replied')).toHaveLength(1);
    const event = (webhook.accepted() as unknown as ConversationWebhookPayload[]).find((e) => e.type === 'handoff.customer_replied')!;
    expect(event).toMatchObject({ handoff: { reference: 'AY-7K3-Q9F', status: 'open' }, message: { kind: 'customer', text: '¡Gracias! ¿Llega el jueves?' } });
  });

  it('an answer to the forwarded support address is threaded by In-Reply-To, from the customer’s own address only', async () => {
    await mailer.sendMail({ from: 'ana@example.com', to: SUPPORT, subject: 'Re: tu pedido', messageId: '<answer-2@mail.example.com>', references: [replyMessageId], text: 'Otra cosa: ¿puedo cambiar la dirección?\n\n> citado' });
    expect((await messages()).at(-1)).toMatchObject({ kind: 'customer', body: 'Otra cosa: ¿puedo cambiar la dirección?' });

    // A forged From with no thread, or a thread with another From: refused, nothing stored.
    const count = (await messages()).length;
    const forged = await refusalOf(mailer.sendMail({ from: 'ana@example.com', to: SUPPORT, subject: 'AY-7K3-Q9F', text: 'Cambiad mi dirección a la calle del ladrón' }));
    expect(forged?.responseCode).toBe(550);
    const stranger = await refusalOf(mailer.sendMail({ from: 'mallory@example.com', to: SUPPORT, inReplyTo: replyMessageId, subject: 'Re', text: 'Soy Ana, de verdad' }));
    expect(stranger?.responseCode).toBe(550);
    const bobsThread = await refusalOf(mailer.sendMail({ from: 'ana@example.com', to: SUPPORT, inReplyTo: '<ayuda.handoff-000002@tienda.example>', subject: 'Re', text: 'Hola' }));
    expect(bobsThread?.responseCode).toBe(550);
    expect(await messages()).toHaveLength(count);
    expect(await messages('handoff-000002')).toEqual([]);
  });

  it('refuses unknown recipients and wrong tags at RCPT, an answer with only quoted text, and an oversized message', async () => {
    const wrongTag = replyTo.replace(/\.([0-9a-f])/, (_, c: string) => `.${c === '0' ? '1' : '0'}`);
    for (const to of [wrongTag, `reply+ay-zzz-zzz.${'0'.repeat(20)}@${DOMAIN}`, `postmaster@${DOMAIN}`, 'someone@elsewhere.example']) {
      const refused = await refusalOf(mailer.sendMail({ from: 'ana@example.com', to, subject: 'x', text: 'hola' }));
      expect(refused?.responseCode, to).toBe(550);
      expect(refused?.command, to).toBe('RCPT TO');
    }
    const quoted = await refusalOf(mailer.sendMail({ from: 'ana@example.com', to: replyTo, subject: 'Re', text: '> Hola Ana: tu pedido sale hoy.' }));
    expect(quoted?.responseCode).toBe(550);
    const big = await refusalOf(mailer.sendMail({ from: 'ana@example.com', to: replyTo, subject: 'Re', text: 'x'.repeat(20_000) }));
    expect(big?.responseCode).toBe(552);
    expect((await messages()).filter((m) => m.kind === 'customer')).toHaveLength(2);
  });
});
