/**
 * The collector delivering hand-offs over real sockets: a real SMTP server
 * (smtp-server) and a real HTTP webhook receiver on loopback that verifies
 * the signature and refuses replays.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handoffCollector, WEBHOOK_SECRET } from './collector.ts';
import { parseMail } from '../../demo/sinks/parse-mail.ts';
import { makeRecord } from './records.ts';
import { startSmtpSink, type SmtpSink } from '../../demo/sinks/smtp-sink.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../demo/sinks/webhook-receiver.ts';
import { openDatabase } from '../../server/db/index.ts';
import { signatureHeader, verifySignature } from '../../server/handoff/sign-webhook.ts';
import { handoffTables } from '../../server/handoff/tables.ts';
import { TEST_STORE, testDatabase } from '../pg/test-store.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});
async function sink(): Promise<SmtpSink> {
  const s = await startSmtpSink();
  closers.push(() => s.close());
  return s;
}
async function receiver(failFirst = 0): Promise<WebhookReceiver> {
  const r = await startWebhookReceiver(WEBHOOK_SECRET, { failFirst });
  closers.push(() => r.close());
  return r;
}
async function collector(...args: Parameters<typeof handoffCollector>) {
  const c = await handoffCollector(...args);
  closers.push(() => c.close());
  return c;
}
/** vi.waitFor's options here: the collector logs an attempt after the receiver has answered it. */
const WAIT = { timeout: 10_000, interval: 20 };
const post = (c: Awaited<ReturnType<typeof handoffCollector>>, body: unknown) =>
  c.app.inject({ method: 'POST', url: '/v1/handoffs', payload: JSON.stringify(body), headers: { 'content-type': 'text/plain' } });

/**
 * A database file where a hand-off's webhook delivery failed once (the
 * receiver unreachable) with its retry due now, and no collector running.
 */
async function failedOnceAndDue(name: string): Promise<string> {
  const file = TEST_STORE === 'sqlite' ? `${process.cwd()}/.tmp/handoff-${name}-${process.pid}-${Date.now()}.db` : await testDatabase();
  const down = await handoffCollector({ webhookUrl: 'http://127.0.0.1:9/unreachable' }, { baseDelayMs: 60_000 }, file);
  await post(down, makeRecord());
  await vi.waitFor(async () => expect((await down.log()).length).toBeGreaterThan(0), WAIT);
  await down.close();
  // A minute later: the retry is due.
  const db = await openDatabase(file);
  await handoffTables(db.kysely).updateTable('handoff_deliveries').set({ next_at: Date.now() }).execute();
  await db.close();
  return file;
}

describe('hand-off delivery', () => {
  it('emails the support address: Reply-To the customer, the reference in the subject, text and HTML with the same content', async () => {
    const smtp = await sink();
    const c = await collector({ smtpPort: smtp.port });
    const record = makeRecord({ details: 'Sigue sin llegar <b>nada</b> & "urgente"' });
    expect((await post(c, record)).statusCode).toBe(200);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(['soporte@tienda.example']);
    const parsed = parseMail(mail!.raw);
    expect(parsed.headers.subject).toBe('[AY-7K3-Q9F] ¿Dónde está mi pedido 4411?');
    expect(parsed.headers['reply-to']).toBe('Ana López <ana@example.com>');
    expect(parsed.headers['x-ayuda-reference']).toBe('AY-7K3-Q9F');
    for (const line of ['Buscó «donde esta mi pedido»: sin resultados', 'Leyó «¿Cuánto tarda el envío?» (42 s)', '«¿Cuánto tarda el envío?» no le sirvió: “No dice dónde está el mío”', 'Página «Pago» (/checkout)', 'orderId: 4411']) {
      expect(parsed.text).toContain(line);
      expect(parsed.html).toContain(line.replaceAll('"', '&quot;'));
    }
    expect(parsed.text).toContain('Sigue sin llegar <b>nada</b> & "urgente"');
    expect(parsed.html).toContain('Sigue sin llegar &lt;b&gt;nada&lt;/b&gt; &amp; &quot;urgente&quot;');
    expect(parsed.html).not.toContain('<b>nada');
    await c.app.close();
    const [delivery] = await c.deliveries();
    expect(delivery).toMatchObject({ target: 'email', status: 'delivered', attempts: 1 });
  });

  it('posts the signed webhook, retries with backoff after failures, and logs every attempt', async () => {
    const hook = await receiver(2);
    const c = await collector({ webhookUrl: hook.url });
    const record = makeRecord({ channel: 'inbox' });
    await post(c, record);
    const [payload] = await hook.waitForAccepted(1);
    expect(payload).toMatchObject({ type: 'handoff.created', id: record.id, handoff: { reference: 'AY-7K3-Q9F', question: record.question } });
    expect(payload!.transcript.text).toContain('Buscó «seguimiento envio»: resultados dudosos');
    expect(hook.requests.map((r) => r.verdict)).toEqual(['failed-on-purpose', 'failed-on-purpose', 'accepted']);
    expect(hook.requests.map((r) => r.headers['ayuda-delivery'])).toEqual([`${record.id}.1`, `${record.id}.2`, `${record.id}.3`]);
    await vi.waitFor(async () => expect(await c.log()).toHaveLength(3), WAIT);
    const log = await c.log();
    expect(log.map((l) => [l.attempt, l.ok, l.status_code])).toEqual([[1, 0, 500], [2, 0, 500], [3, 1, 200]]);
    expect(log[1]!.at - log[0]!.at).toBeGreaterThanOrEqual(50);
    expect(log[2]!.at - log[1]!.at).toBeGreaterThanOrEqual(100);
    expect((await c.deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 3, last_error: null });
  });

  it('the receiver refuses a replayed request, a tampered body and an old timestamp', async () => {
    const hook = await receiver();
    const c = await collector({ webhookUrl: hook.url });
    await post(c, makeRecord());
    await hook.waitForAccepted(1);
    const first = hook.requests[0]!;
    const replay = (body: string, signature: string) => fetch(hook.url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'ayuda-signature': signature } });
    expect((await replay(first.body, first.headers['ayuda-signature'] as string)).status).toBe(409);
    expect((await replay(first.body.replace('AY-7K3-Q9F', 'AY-222-222'), first.headers['ayuda-signature'] as string)).status).toBe(400);
    expect((await replay(first.body, signatureHeader(WEBHOOK_SECRET, first.body, Date.now() - 10 * 60_000))).status).toBe(400);
    expect(verifySignature(WEBHOOK_SECRET, first.body, signatureHeader(WEBHOOK_SECRET, first.body, Date.now() - 10 * 60_000), Date.now())).toEqual({ ok: false, reason: 'expired' });
    expect(hook.accepted()).toHaveLength(1);
  });

  it('gives up after the last attempt, and delivers only to destinations that take the channel', async () => {
    const smtp = await sink();
    const hook = await receiver(100);
    const c = await collector({ smtpPort: smtp.port, webhookUrl: hook.url, emailChannels: ['email'] }, { baseDelayMs: 10, maxAttempts: 3 });
    await post(c, makeRecord({ channel: 'whatsapp', contact: {} }));
    await vi.waitFor(async () => expect((await c.deliveries())[0]?.status).toBe('failed'), WAIT);
    await new Promise((r) => setTimeout(r, 100));
    expect(hook.requests).toHaveLength(3);
    expect((await c.deliveries()).map((d) => [d.target, d.status, d.attempts])).toEqual([['webhook', 'failed', 3]]);
    expect(smtp.messages).toHaveLength(0);
  });

  it('gives up at once on a destination removed since the hand-off arrived, saying why', async () => {
    const file = await failedOnceAndDue('removed');
    // Started again without the webhook (an admin removed it): no more retries for the hour to come.
    const after = await collector({}, { baseDelayMs: 10, maxAttempts: 10 }, file);
    await vi.waitFor(async () => expect((await after.deliveries())[0]?.status).toBe('failed'), WAIT);
    await new Promise((r) => setTimeout(r, 100));
    const [delivery] = await after.deliveries();
    expect(delivery).toMatchObject({ status: 'failed', attempts: 2 });
    expect(delivery!.last_error).toMatch(/no longer has a webhook/);
  });

  it('resumes pending deliveries when the collector starts again', async () => {
    const hook = await receiver();
    const file = await failedOnceAndDue('resume');
    const up = await collector({ webhookUrl: hook.url }, { baseDelayMs: 10 }, file);
    await hook.waitForAccepted(1);
    await vi.waitFor(async () => expect((await up.deliveries())[0]?.status).toBe('delivered'), WAIT);
    expect((await up.log()).map((l) => l.ok)).toEqual([0, 1]);
    expect((await up.deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });
});
