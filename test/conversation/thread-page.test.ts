/**
 * The thread page a reply email links to, through the collector's routes:
 * the agent's reply email carries a signed link on the collector's
 * publicUrl; the page shows the status, the agent's replies and the
 * customer's own messages, never a note or an agent's name, with every
 * string escaped, in the customer's language, under a CSP with no script
 * and no referrer; a tampered or foreign link is refused (403), an expired
 * one or one of a request erased since gone (410), neither with any data;
 * an answer there takes the widget's path (stored once, the hand-off open
 * again, `handoff.customer_replied` signed to the webhook).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMail } from '../../demo/sinks/parse-mail.ts';
import { startSmtpSink, type SmtpSink } from '../../demo/sinks/smtp-sink.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../demo/sinks/webhook-receiver.ts';
import type { ConversationWebhookPayload } from '../../server/conversation/messages-out.ts';
import { linkSigner } from '../../server/links/signed-link.ts';
import { dashboardApp, type Client, type DashboardApp } from '../dashboard/dashboard-app.ts';
import { WEBHOOK_SECRET } from '../handoff/collector.ts';
import { makeRecord } from '../handoff/records.ts';

const ORIGIN = 'http://localhost:5173';
const PUBLIC = 'https://help.tienda.example/ayuda';
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & \'single\'';
const NOTE = 'NOTA INTERNA: cliente VIP';

let d: DashboardApp;
let smtp: SmtpSink;
let webhook: WebhookReceiver;
let admin: Client;

const publicPost = (url: string, body: unknown) => d.app.inject({ method: 'POST', url, payload: JSON.stringify(body), headers: { 'content-type': 'text/plain', origin: ORIGIN } });
const form = (url: string, fields: Record<string, string>) =>
  d.app.inject({ method: 'POST', url, payload: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
const events = (): ConversationWebhookPayload[] => webhook.accepted() as unknown as ConversationWebhookPayload[];

/** The thread link of the latest reply email, as a path on the collector. */
async function linkOfReply(count: number): Promise<{ path: string; url: URL }> {
  const mails = await smtp.waitFor(count);
  const text = parseMail(mails[count - 1]!.raw).text!;
  const href = /(https:\/\/\S+\/thread\/\S+)/.exec(text)?.[1];
  expect(href).toBeDefined();
  const url = new URL(href!);
  expect(url.origin + url.pathname).toMatch(new RegExp(`^${PUBLIC}/thread/`));
  return { url, path: url.pathname.slice('/ayuda'.length) + url.search };
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  webhook = await startWebhookReceiver(WEBHOOK_SECRET);
  d = await dashboardApp({
    sites: [{ key: 'demo', origins: [ORIGIN], handoff: { email: { to: 'soporte@tienda.example', from: 'Ayuda <ayuda@tienda.example>' }, webhook: { url: webhook.url, secret: WEBHOOK_SECRET } } }],
    smtp: { host: '127.0.0.1', port: smtp.port },
    publicUrl: `${PUBLIC}/`,
  });
  admin = await d.as('admin', 'lead@example.com');
  expect((await publicPost('/v1/handoffs', makeRecord({ question: `¿Dónde está mi pedido? ${HOSTILE}` }, 1))).statusCode).toBe(200);
  expect((await publicPost('/v1/handoffs', makeRecord({ reference: 'AY-EN2-ENG', locale: 'en-GB', contact: { email: 'bob@example.com' } }, 2))).statusCode).toBe(200);
  await smtp.waitFor(2);
});

afterAll(async () => {
  await d.close();
  await Promise.all([smtp.close(), webhook.close()]);
});

describe('the thread page', () => {
  let path = '';

  it('is linked from the reply email and shows the thread in the customer’s language, escaped, without notes or agents’ names', async () => {
    await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/handoff-000001/messages', payload: { kind: 'note', text: NOTE } });
    const reply = await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/handoff-000001/messages', payload: { kind: 'reply', text: `Hola Ana. ${HOSTILE}` } });
    expect(reply.statusCode).toBe(200);
    const link = await linkOfReply(3);
    path = link.path;
    const mail = parseMail(smtp.messages[2]!.raw);
    expect(mail.text).toContain('Ver tu solicitud y responder: https://help.tienda.example/ayuda/thread/AY-7K3-Q9F?k=');
    expect(mail.html).toContain('href="https://help.tienda.example/ayuda/thread/AY-7K3-Q9F?k=');

    const page = await d.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(csp).not.toContain('unsafe-inline');
    expect(page.body).toContain('<html lang="es">');
    expect(page.body).toContain('<h1>Tu solicitud AY-7K3-Q9F</h1>');
    expect(page.body).toContain('Respondida: esperando tu respuesta');
    expect(page.body).toContain('Hola Ana. &#60;script&#62;alert(1)&#60;/script&#62;&#60;img src=x onerror=alert(2)&#62; &#34;quoted&#34; &#38; &#39;single&#39;');
    expect(page.body).not.toContain('<script');
    expect(page.body).not.toContain('<img');
    expect(page.body).not.toContain(NOTE);
    expect(page.body).not.toContain('lead@example.com');
    expect(page.body).toContain('<form method="post" action="AY-7K3-Q9F">');
  });

  it('speaks English to an English-speaking customer', async () => {
    await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/handoff-000002/messages', payload: { kind: 'reply', text: 'Hello Bob.' } });
    const link = await linkOfReply(4);
    expect(parseMail(smtp.messages[3]!.raw).text).toContain('See your request and answer it: https://');
    const page = await d.app.inject({ method: 'GET', url: link.path });
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('Your request AY-EN2-ENG');
    expect(page.body).toContain('Answered: waiting for you');
    expect(page.body).not.toContain('Hola Ana');
  });

  it('refuses a tampered link, another request’s, and a missing token with 403 and no data; an expired one with 410', async () => {
    const url = new URL(path, 'http://x');
    const token = url.searchParams.get('k')!;
    const tampered = token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const refusals = [`/thread/AY-7K3-Q9F?k=${tampered}`, `/thread/AY-EN2-ENG?k=${token}`, '/thread/AY-7K3-Q9F', `/thread/${encodeURIComponent('<b>x</b>')}?k=${token}`];
    for (const bad of refusals) {
      const res = await d.app.inject({ method: 'GET', url: bad, headers: { 'accept-language': 'es-ES,es;q=0.9' } });
      expect(res.statusCode, bad).toBe(403);
      expect(res.body).toContain('Este enlace no es válido');
      expect(res.body).not.toContain('Hola Ana');
      expect(res.body).not.toContain('AY-EN2-ENG');
      expect(res.body).not.toContain('<b>');
    }
    const signer = await linkSigner(d.k);
    const expired = await d.app.inject({ method: 'GET', url: `/thread/AY-7K3-Q9F?k=${signer.sign('thread', 'AY-7K3-Q9F', Date.now() - 1000)}` });
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('This link has expired');
    expect(expired.body).not.toContain('Hola Ana');
    // Posting with a bad token changes nothing.
    const post = await form('/thread/AY-7K3-Q9F', { k: tampered, clientId: 'page-aaaaaaaaaaaaaaaaaaaaaa', text: 'intruso' });
    expect(post.statusCode).toBe(403);
    const messages = await d.k.selectFrom('handoffs').select('status').where('id', '=', 'handoff-000001').executeTakeFirstOrThrow();
    expect(messages.status).toBe('waiting');
  });

  it('takes the customer’s answer like the widget does: stored once, open again, handoff.customer_replied signed', async () => {
    const token = new URL(path, 'http://x').searchParams.get('k')!;
    const answer = { k: token, clientId: 'page-bbbbbbbbbbbbbbbbbbbbbb', text: `  Gracias. ${HOSTILE}  ` };
    const sent = await form('/thread/AY-7K3-Q9F', answer);
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`AY-7K3-Q9F?k=${token}&sent=1`);
    expect((await form('/thread/AY-7K3-Q9F', answer)).statusCode).toBe(303); // sent twice: stored once
    const after = await d.app.inject({ method: 'GET', url: `/thread/AY-7K3-Q9F?k=${token}&sent=1` });
    expect(after.body).toContain('Hemos recibido tu respuesta.');
    expect(after.body).toContain('En curso');
    expect(after.body.match(/Gracias\. &#60;script/g)).toHaveLength(1);
    await webhook.waitForAccepted(5);
    const replied = events().filter((e) => e.type === 'handoff.customer_replied');
    expect(replied).toHaveLength(1);
    expect(replied[0]).toMatchObject({ handoff: { reference: 'AY-7K3-Q9F', status: 'open' }, message: { kind: 'customer', text: `Gracias. ${HOSTILE}` } });
    expect(events().some((e) => e.type === 'handoff.status_changed' && e.status?.to === 'open')).toBe(true);
    const conversation = (await admin.get('/dashboard/api/handoffs/handoff-000001/conversation')).json();
    expect(conversation.messages.map((m: { kind: string }) => m.kind)).toEqual(['note', 'reply', 'customer']);
    // An empty answer is refused in place, with the thread still shown.
    const empty = await form('/thread/AY-7K3-Q9F', { k: token, clientId: 'page-cccccccccccccccccccccc', text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Escribe tu respuesta antes de enviarla.');
    // Only forms: JSON is not taken.
    const json = await d.app.inject({ method: 'POST', url: '/thread/AY-7K3-Q9F', payload: JSON.stringify(answer), headers: { 'content-type': 'application/json' } });
    expect(json.statusCode).toBe(415);
  });

  it('a link to a request erased since answers 410 with no data', async () => {
    const token = new URL(path, 'http://x').searchParams.get('k')!;
    await d.k.deleteFrom('handoffs').where('id', '=', 'handoff-000001').execute();
    const gone = await d.app.inject({ method: 'GET', url: `/thread/AY-7K3-Q9F?k=${token}` });
    expect(gone.statusCode).toBe(410);
    expect(gone.body).not.toContain('Hola Ana');
  });
});
