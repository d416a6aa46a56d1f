/**
 * The conversation after the hand-off, end to end in Chromium: a customer
 * hands off on the demo shop (Spanish); an agent logs in to the dashboard,
 * assigns it, adds an internal note and replies; the SMTP server receives
 * the reply threaded on the hand-off's email; the customer sees the reply
 * and the status under "Tus solicitudes" and answers there; the agent sees
 * the answer (live); the webhook receiver verified every event's signature;
 * the note never reaches the customer's thread. axe on the inbox's
 * conversation page and on the widget's requests view.
 */
import { describe, expect, it } from 'vitest';
import type { Response } from 'playwright-core';
import { parseMail } from '../../demo/sinks/parse-mail.ts';
import type { ConversationWebhookPayload } from '../../server/conversation/messages-out.ts';
import { fill } from '../../widget/src/handoff/i18n/index.ts';
import { useHandoffStack } from '../handoff/browser-stack.ts';
import { HandoffPage } from '../handoff/handoff-page.ts';
import { ADMIN } from '../dashboard/live-dashboard.ts';
import { seriousViolations } from './axe.ts';
import { useChromium } from './chromium.ts';
import { logIn } from './use-live-dashboard.ts';

const chromium = useChromium();
const stack = useHandoffStack({ dashboard: true });

const QUESTION = '¿Dónde está mi pedido LU-4411?';
const NOTE = 'NOTA INTERNA: revisar con el almacén de Getafe';
const REPLY = 'Hola Ana: tu pedido salió ayer, llega el jueves.';
const ANSWER = '¡Gracias! ¿Me avisáis si se retrasa?';

describe('the conversation after the hand-off', () => {
  it('hand-off → assign, note, reply → threaded email → the customer reads and answers in the widget → the agent sees it; webhooks signed; the note stays internal', async () => {
    // The customer hands off from the shop's home page.
    const page = await chromium.page({ timezoneId: 'Europe/Madrid', locale: 'es-ES' });
    const threadBodies: string[] = [];
    page.on('response', (r: Response) => {
      if (r.url().includes('/v1/threads')) void r.text().then((body) => threadBodies.push(body), () => {});
    });
    await page.goto(`${stack.demo}/`);
    const h = new HandoffPage(page, 'es');
    await h.help.openWithLauncher();
    await h.open();
    await h.channel(h.t.channel.inbox).check();
    await h.field('question').fill(QUESTION);
    await h.field('email').fill('ana@example.com');
    await h.button(h.t.send).click();
    await h.help.panel.getByRole('heading', { name: h.t.sentTitle }).waitFor();
    // The confirmation says where and when the reply comes.
    await h.help.panel.getByText(`${h.t.replyTo} ana@example.com. ${h.t.openNow} · ${fill(h.t.replyWithin, { time: '4 horas' })}`).waitFor();
    const reference = await h.reference();
    const [row] = await stack.waitForInbox(1);
    expect(row).toMatchObject({ reference, status: 'new', question: QUESTION });

    // The agent logs in and opens the hand-off.
    const agent = await chromium.page({ locale: 'en-GB', timezoneId: 'Europe/Madrid' });
    await agent.goto(`${stack.collector}/dashboard/inbox/${encodeURIComponent(row!.id)}`);
    await agent.waitForURL(/\/dashboard\/login\?next=/);
    await logIn(agent, ADMIN);
    await agent.getByRole('heading', { name: `Hand-off ${reference}` }).waitFor();
    await agent.getByText(/^Reply due /).waitFor(); // the channel promised 4 hours

    // Assign, note, reply.
    await agent.getByRole('combobox', { name: /^Assignee/ }).selectOption({ label: ADMIN });
    await agent.getByRole('button', { name: 'Save', exact: true }).click();
    await agent.getByText('Saved.').waitFor();
    await agent.getByLabel('Message', { exact: true }).fill(NOTE);
    await agent.getByRole('button', { name: 'Add internal note' }).click();
    await agent.getByText(`Internal note by ${ADMIN}`).waitFor();
    await agent.getByLabel('Message', { exact: true }).fill(REPLY);
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await agent.getByText(`Reply from ${ADMIN}`).waitFor();
    await agent.locator('.facts').getByText('Waiting on customer').waitFor();
    expect(await seriousViolations(agent)).toEqual([]);

    // The reply's email: to the customer, threaded on the hand-off's email, the reference in the subject.
    const mails = await stack.smtp.waitFor(2);
    const handoffMail = parseMail(mails[0]!.raw);
    const replyMail = parseMail(mails[1]!.raw);
    expect(replyMail.headers.to).toContain('ana@example.com');
    expect(replyMail.headers.subject).toBe(`Re: [${reference}] ${QUESTION}`);
    expect(replyMail.headers['in-reply-to']).toBe(handoffMail.headers['message-id']);
    expect(replyMail.headers.references).toContain(handoffMail.headers['message-id']);
    expect(replyMail.text).toContain(REPLY);
    for (const mail of mails) expect(mail.raw).not.toContain('NOTA INTERNA');

    // The customer: back to help, "Tus solicitudes": the reply and its status, then an answer.
    await h.button(h.t.back).click();
    await h.help.panel.getByRole('button', { name: h.help.strings.requests, exact: true }).click();
    const requests = h.help.panel.getByRole('region', { name: h.t.earlier });
    await requests.getByText(REPLY).waitFor();
    await requests.getByText(h.t.thread.waiting, { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await requests.getByLabel(fill(h.t.answer, { reference })).fill(ANSWER);
    await requests.getByRole('button', { name: h.t.answerSend }).click();
    await requests.getByText(ANSWER).waitFor();
    await requests.getByText(h.t.thread.open, { exact: false }).waitFor();

    // The agent sees the answer without reloading; the hand-off is open again.
    await agent.getByText(ANSWER).waitFor({ timeout: 15_000 });
    await agent.locator('.facts').getByText('Open', { exact: true }).waitFor();

    // Every event reached the webhook receiver with a valid signature.
    await stack.webhook.waitForAccepted(5);
    const events = stack.webhook.accepted() as unknown as ConversationWebhookPayload[];
    expect(events.map((e) => e.type).sort()).toEqual(['handoff.created', 'handoff.customer_replied', 'handoff.replied', 'handoff.status_changed', 'handoff.status_changed']);
    expect(stack.webhook.requests.every((r) => r.verdict === 'accepted')).toBe(true);
    expect(events.find((e) => e.type === 'handoff.replied')).toMatchObject({ handoff: { reference, assignee: ADMIN }, message: { text: REPLY } });
    expect(events.find((e) => e.type === 'handoff.customer_replied')).toMatchObject({ message: { text: ANSWER } });
    expect(stack.webhook.requests.map((r) => r.body).join('\n')).not.toContain('NOTA INTERNA');

    // The customer's thread, as the collector served it: the reply, never the note.
    expect(threadBodies.some((b) => b.includes(REPLY))).toBe(true);
    for (const body of threadBodies) expect(body).not.toContain('NOTA INTERNA');
    expect(page.errors).toEqual([]);
    expect(agent.errors).toEqual([]);
  }, 120_000);

  it('a request made offline and delivered by a later page load reads "recibida" on every page, never "pendiente de envío"', async () => {
    const before = (await stack.inbox()).length;
    const first = await chromium.page({ timezoneId: 'Europe/Madrid', locale: 'es-ES' });
    const context = first.context();
    await first.goto(`${stack.demo}/`);
    const h = new HandoffPage(first, 'es');
    await h.help.openWithLauncher();
    await h.open();
    await h.channel(h.t.channel.inbox).check();
    await h.field('question').fill('¿Puedo cambiar la dirección de entrega?');
    await h.field('email').fill('ana@example.com');
    await context.setOffline(true);
    await h.button(h.t.send).click();
    await h.help.panel.getByRole('heading', { name: h.t.savedTitle }).waitFor();
    const reference = await h.reference();
    await first.close();
    await context.setOffline(false);

    // The next page load sends it from its outbox, with no help opened and no hand-off code loaded.
    const second = await context.newPage();
    await second.goto(`${stack.demo}/`);
    const rows = await stack.waitForInbox(before + 1);
    expect(rows.at(-1)!.reference).toBe(reference);
    for (const page of [second, await context.newPage()]) {
      if (page !== second) await page.goto(`${stack.demo}/`);
      const p = new HandoffPage(page, 'es');
      await p.help.openWithLauncher();
      await p.help.panel.getByRole('button', { name: p.help.strings.requests, exact: true }).click();
      const requests = p.help.panel.getByRole('region', { name: p.t.earlier });
      const item = requests.getByRole('listitem').filter({ hasText: reference });
      await expect.poll(() => item.innerText(), { timeout: 10_000 }).toContain(p.t.status.sent);
      expect(await item.innerText()).not.toContain(p.t.status.saved);
    }
  }, 90_000);
});
