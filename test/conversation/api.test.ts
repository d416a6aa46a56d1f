/**
 * The conversation after a hand-off, through the collector's routes: the
 * customer's secret opens their thread (a wrong one gets 404), agents reply
 * (a threaded email to the customer over real SMTP), note (never in the
 * customer's thread), assign and set statuses; the customer answers from
 * the widget's route; every event reaches a real webhook receiver signed;
 * refusals name the field; viewers read but do not change.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseMail } from '../../demo/sinks/parse-mail.ts';
import { startSmtpSink, type SmtpSink } from '../../demo/sinks/smtp-sink.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../demo/sinks/webhook-receiver.ts';
import type { ConversationWebhookPayload } from '../../server/conversation/messages-out.ts';
import { handoffTables } from '../../server/handoff/tables.ts';
import { dashboardApp, type Client, type DashboardApp } from '../dashboard/dashboard-app.ts';
import { WEBHOOK_SECRET } from '../handoff/collector.ts';
import { makeRecord } from '../handoff/records.ts';

const ORIGIN = 'http://localhost:5173';
const SECRET = 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I';
const WAIT = { timeout: 10_000, interval: 20 };

let d: DashboardApp;
let smtp: SmtpSink;
let webhook: WebhookReceiver;
let admin: Client;
let viewer: Client;

const publicPost = (url: string, body: unknown) => d.app.inject({ method: 'POST', url, payload: JSON.stringify(body), headers: { 'content-type': 'text/plain', origin: ORIGIN } });
const thread = (secret = SECRET, id = 'handoff-000001') => publicPost('/v1/threads', { site: 'demo', id, secret });
const events = (): ConversationWebhookPayload[] => webhook.accepted() as unknown as ConversationWebhookPayload[];

beforeAll(async () => {
  smtp = await startSmtpSink();
  webhook = await startWebhookReceiver(WEBHOOK_SECRET);
  d = await dashboardApp({
    sites: [
      { key: 'demo', origins: [ORIGIN], handoff: { email: { to: 'soporte@tienda.example', from: 'Ayuda <ayuda@tienda.example>' }, webhook: { url: webhook.url, secret: WEBHOOK_SECRET } } },
      { key: 'shop', origins: ['https://shop.example'] },
    ],
    smtp: { host: '127.0.0.1', port: smtp.port },
  });
  admin = await d.as('admin', 'lead@example.com');
  viewer = await d.as('viewer', 'viewer@example.com');
  const res = await publicPost('/v1/handoffs', makeRecord({ secret: SECRET, replyMinutes: 120 }));
  expect(res.statusCode).toBe(200);
  await smtp.waitFor(1);
  await webhook.waitForAccepted(1);
});

afterAll(async () => {
  await d.close();
  await Promise.all([smtp.close(), webhook.close()]);
});

describe('the customer’s thread', () => {
  it('is served to the request’s secret only; the secret is kept hashed and delivered nowhere', async () => {
    const ok = await thread();
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(ok.json()).toEqual({ thread: { id: 'handoff-000001', reference: 'AY-7K3-Q9F', status: 'new', messages: [] } });
    expect((await thread('d3JvbmctZ3Vlc3Mtd3JvbmctZ3Vlc3Mtd3JvbmctZ3Vlcw')).statusCode).toBe(404);
    expect((await thread(SECRET, 'handoff-999999')).statusCode).toBe(404);
    expect((await publicPost('/v1/threads', { site: 'shop', id: 'handoff-000001', secret: SECRET })).statusCode).toBe(403); // the page's origin is not shop's
    const row = await d.k.selectFrom('handoffs').selectAll().where('id', '=', 'handoff-000001').executeTakeFirstOrThrow();
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.due_at).toBe(row.created_at + 120 * 60_000);
    const stored = await handoffTables(d.db.kysely).selectFrom('handoff_deliveries').select('record').execute();
    for (const s of stored) expect(s.record).not.toContain(SECRET);
    expect(smtp.messages[0]!.raw).not.toContain(SECRET);
    expect(webhook.requests[0]!.body).not.toContain(SECRET);
  });

  it('refuses bad requests naming the field', async () => {
    const noText = await publicPost('/v1/threads/reply', { site: 'demo', id: 'handoff-000001', secret: SECRET, clientId: 'reply-000001' });
    expect(noText.statusCode).toBe(400);
    expect(noText.json()).toMatchObject({ error: 'invalid_body', path: 'text' });
    const shortSecret = await publicPost('/v1/threads', { site: 'demo', id: 'handoff-000001', secret: 'short' });
    expect(shortSecret.json()).toMatchObject({ path: 'secret' });
    const blank = await publicPost('/v1/threads/reply', { site: 'demo', id: 'handoff-000001', secret: SECRET, clientId: 'reply-000001', text: '   ' });
    expect(blank.json()).toMatchObject({ path: 'text' });
  });
});

describe('the agent’s side', () => {
  it('viewers read the conversation but cannot reply, note, assign or retry', async () => {
    expect((await viewer.get('/dashboard/api/handoffs/handoff-000001/conversation')).statusCode).toBe(200);
    expect((await viewer.request({ method: 'POST', url: '/dashboard/api/handoffs/handoff-000001/messages', payload: { kind: 'reply', text: 'Hola' } })).statusCode).toBe(403);
    expect((await viewer.request({ method: 'PATCH', url: '/dashboard/api/handoffs/handoff-000001', payload: { assignee: 1 } })).statusCode).toBe(403);
    expect((await viewer.request({ method: 'POST', url: '/dashboard/api/handoffs/handoff-000001/deliveries/1/retry' })).statusCode).toBe(403);
    // Without the CSRF token, an admin is refused too.
    expect((await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/handoff-000001/messages', payload: { kind: 'note', text: 'x' }, csrf: false })).statusCode).toBe(403);
  });

  it('refuses bad changes naming the field', async () => {
    const kind = await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/handoff-000001/messages', payload: { kind: 'shout', text: 'Hola' } });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().path).toBe('body.kind');
    const empty = await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/handoff-000001/messages', payload: { kind: 'reply', text: '' } });
    expect(empty.json().path).toBe('body.text');
    const status = await admin.request({ method: 'PATCH', url: '/dashboard/api/handoffs/handoff-000001', payload: { status: 'closed' } });
    expect(status.json().path).toBe('body.status');
    const nobody = await admin.request({ method: 'PATCH', url: '/dashboard/api/handoffs/handoff-000001', payload: { assignee: 999 } });
    expect(nobody.json()).toMatchObject({ path: 'body.assignee' });
    expect((await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/nope/messages', payload: { kind: 'note', text: 'x' } })).statusCode).toBe(404);
  });

  it('assign, note, reply: the reply is emailed threaded, the note reaches nobody, the customer sees the reply and answers', async () => {
    const lead = await d.k.selectFrom('users').select('id').where('email', '=', 'lead@example.com').executeTakeFirstOrThrow();
    expect((await admin.request({ method: 'PATCH', url: '/dashboard/api/handoffs/handoff-000001', payload: { assignee: lead.id } })).json()).toEqual({ id: 'handoff-000001', assignee: lead.id });
    const note = await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/handoff-000001/messages', payload: { kind: 'note', text: 'NOTA INTERNA: cliente VIP, revisar almacén' } });
    expect(note.statusCode).toBe(200);
    const reply = await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/handoff-000001/messages', payload: { kind: 'reply', text: 'Hola Ana: tu pedido sale hoy.\n<b>Gracias</b>' } });
    expect(reply.json()).toMatchObject({ status: 'waiting', emailed: true, message: { kind: 'reply', author: 'lead@example.com' } });

    // The email: to the customer, threaded on the hand-off's email, the reference in the subject.
    const mails = await smtp.waitFor(2);
    const first = parseMail(mails[0]!.raw);
    const second = parseMail(mails[1]!.raw);
    expect(second.headers.to).toBe('Ana López <ana@example.com>');
    expect(second.headers.subject).toBe('Re: [AY-7K3-Q9F] ¿Dónde está mi pedido 4411?');
    expect(second.headers['in-reply-to']).toBe(first.headers['message-id']);
    expect(second.headers.references).toBe(first.headers['message-id']);
    expect(second.headers['reply-to']).toBe('soporte@tienda.example');
    expect(second.text).toContain('Hola Ana: tu pedido sale hoy.');
    expect(second.html).toContain('&#60;b&#62;Gracias&#60;/b&#62;');
    for (const mail of mails) expect(mail.raw).not.toContain('NOTA INTERNA');

    // The customer's thread: the reply and the status, never the note.
    const seen = (await thread()).json().thread;
    expect(seen).toMatchObject({ status: 'waiting', messages: [{ from: 'agent', text: 'Hola Ana: tu pedido sale hoy.\n<b>Gracias</b>' }] });
    expect(JSON.stringify(seen)).not.toContain('NOTA INTERNA');
    expect(JSON.stringify(seen)).not.toContain('lead@example.com');

    // The customer answers (a retry is stored once): open again, due again.
    const answer = { site: 'demo', id: 'handoff-000001', secret: SECRET, clientId: 'reply-000001', text: 'Perfecto, gracias. ¿Llega el jueves?' };
    const answered = await publicPost('/v1/threads/reply', answer);
    expect(answered.statusCode).toBe(200);
    expect(answered.json().thread).toMatchObject({ status: 'open', messages: [{ from: 'agent' }, { from: 'customer', text: answer.text }] });
    expect((await publicPost('/v1/threads/reply', answer)).json().thread.messages).toHaveLength(2);
    expect((await publicPost('/v1/threads/reply', { ...answer, secret: SECRET.replace('c', 'd') })).statusCode).toBe(404);

    // The agent sees everything, notes included, with each delivery and its attempts.
    const conversation = (await viewer.get('/dashboard/api/handoffs/handoff-000001/conversation')).json();
    expect(conversation.messages.map((m: { kind: string }) => m.kind)).toEqual(['note', 'reply', 'customer']);
    expect(conversation.assignees.map((u: { email: string }) => u.email)).toEqual(['lead@example.com', 'viewer@example.com']);
    const detail = (await viewer.get('/dashboard/api/handoffs/handoff-000001')).json().handoff;
    expect(detail).toMatchObject({ status: 'open', assignee: 'lead@example.com' });
    expect(detail.secret_hash).toBeUndefined();

    // Webhooks, each signed (the receiver verified them): created, replied, status waiting, customer_replied, status open.
    await webhook.waitForAccepted(5);
    await vi.waitFor(() => expect(events().map((e) => e.type).sort()).toEqual(['handoff.created', 'handoff.customer_replied', 'handoff.replied', 'handoff.status_changed', 'handoff.status_changed'].sort()), WAIT);
    expect(webhook.requests.every((r) => r.verdict === 'accepted')).toBe(true);
    expect(events().find((e) => e.type === 'handoff.replied')).toMatchObject({ handoff: { reference: 'AY-7K3-Q9F', assignee: 'lead@example.com' }, message: { kind: 'reply', author: 'lead@example.com' } });
    expect(events().find((e) => e.type === 'handoff.customer_replied')).toMatchObject({ message: { kind: 'customer', text: answer.text } });
    expect(events().filter((e) => e.type === 'handoff.status_changed').map((e) => e.status)).toEqual(
      expect.arrayContaining([{ from: 'new', to: 'waiting', by: 'lead@example.com' }, { from: 'waiting', to: 'open' }]),
    );
    expect(webhook.requests.map((r) => r.body).join('')).not.toContain('NOTA INTERNA');

    // Solved, then the customer writes again: reopened.
    expect((await admin.request({ method: 'PATCH', url: '/dashboard/api/handoffs/handoff-000001', payload: { status: 'solved' } })).json()).toMatchObject({ status: 'solved' });
    await publicPost('/v1/threads/reply', { ...answer, clientId: 'reply-000002', text: 'Una cosa más' });
    expect((await thread()).json().thread.status).toBe('open');
  });

  it('shows every delivery with its attempts, and retries one', async () => {
    await vi.waitFor(async () => {
      const c = (await admin.get('/dashboard/api/handoffs/handoff-000001/conversation')).json();
      expect(c.deliveries.every((x: { status: string }) => x.status === 'delivered')).toBe(true);
    }, WAIT);
    const c = (await admin.get('/dashboard/api/handoffs/handoff-000001/conversation')).json();
    const email = c.deliveries.find((x: { target: string }) => x.target === 'email');
    expect(email.attempts_log).toEqual([expect.objectContaining({ attempt: 1, ok: true })]);
    const retried = await admin.request({ method: 'POST', url: `/dashboard/api/handoffs/handoff-000001/deliveries/${email.id}/retry` });
    expect(retried.json().delivery).toMatchObject({ status: 'delivered', attempts: 2 });
    expect((await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/handoff-000001/deliveries/99999/retry' })).statusCode).toBe(404);
  });

  it('lists overdue hand-offs first', async () => {
    const base = { site: 'demo', session: 'sess-x', contact_name: null, contact_email: null, question: 'q', details: null, transcript: '[]', channel: 'inbox' };
    const now = Date.now();
    await d.k.insertInto('handoffs').values([
      { ...base, id: 'late', reference: 'AY-LAT-EEE', created_at: now - 10 * 3_600_000, status: 'new', due_at: now - 3_600_000 },
      { ...base, id: 'fresh', reference: 'AY-FRE-SHH', created_at: now, status: 'new', due_at: now + 3_600_000 },
      { ...base, id: 'waits', reference: 'AY-WAI-TSS', created_at: now - 20 * 3_600_000, status: 'waiting', due_at: now - 7_200_000 },
    ]).execute();
    const list = (await admin.get('/dashboard/api/handoffs')).json().handoffs as { id: string; overdue: boolean }[];
    expect(list[0]).toMatchObject({ id: 'late', overdue: true });
    expect(list.filter((h) => h.overdue).map((h) => h.id)).toEqual(['late']);
  });
});

describe('rate limits', () => {
  it('answers from one address are limited per minute (wrong secrets count too)', async () => {
    const answer = { site: 'demo', id: 'handoff-000001', secret: 'eC14LXgteC14LXgteC14LXgteC14LXgteC14LXgteC1', clientId: 'reply-limit01', text: 'hola' };
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await publicPost('/v1/threads/reply', answer)).statusCode);
    // The earlier tests' answers came from the same address: the limit of 20 a minute is reached within these.
    expect(new Set(codes)).toEqual(new Set([404, 429]));
    expect(codes.lastIndexOf(404)).toBeLessThan(codes.indexOf(429));
  });
});
