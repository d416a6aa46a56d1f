/**
 * The hand-off end to end in Chromium on the demo shop: the search fails,
 * the customer asks for a person, reloads in the middle of typing, is
 * offered "Continue your message" and finds the draft again, sends it; the
 * inbox (SQLite) holds what they did, the SMTP server received the same
 * content by email, the webhook receiver verified the signature.
 */
import { describe, expect, it } from 'vitest';
import { parseMail } from '../../demo/sinks/parse-mail.ts';
import { REFERENCE_PATTERN } from '../../widget/src/handoff/reference.ts';
import { HandoffPage } from '../handoff/handoff-page.ts';
import { useHandoffStack } from '../handoff/browser-stack.ts';
import { useChromium } from './chromium.ts';

const chromium = useChromium();
const stack = useHandoffStack();

describe('hand-off to a person', () => {
  it('search fails → hand-off → reload while typing → draft restored → sent to the inbox, by email and by webhook', async () => {
    const page = await chromium.page({ timezoneId: 'Europe/Madrid', locale: 'en-GB' });
    await page.goto(`${stack.demo}/en/`);
    const h = new HandoffPage(page, 'en');
    await h.help.openWithLauncher();
    // An answer read, then a search that finds nothing.
    await h.help.search('how do I return an order');
    await h.help.openResult(0);
    const read = await h.help.answerHeading();
    await page.waitForTimeout(1200);
    await h.help.back();
    await h.help.search('teleport my llama to jupiter');
    await h.help.noResultsMessage('teleport my llama to jupiter').waitFor();
    await h.open();
    expect(await h.field('question').inputValue()).toBe('teleport my llama to jupiter');
    expect(await h.field('name').inputValue()).toBe('Ana López'); // from identify()

    // Typing, then a reload in the middle of it.
    await h.channel('Message').check();
    await h.button(h.t.addDetails).click();
    await h.field('details').pressSequentially('Order LU-44');
    await h.field('email').pressSequentially('ana@exa');
    await page.waitForTimeout(300);
    await page.reload();
    await h.help.openWithLauncher();
    // Help reopens offering to continue the message, not to start one.
    await h.help.panel.getByRole('button', { name: h.help.strings.continueDraft, exact: true }).click();
    await h.heading.waitFor();
    expect(await h.offer.count()).toBe(0);
    expect(await h.field('details').inputValue()).toBe('Order LU-44');
    expect(await h.field('email').inputValue()).toBe('ana@exa');
    expect(await h.field('question').inputValue()).toBe('teleport my llama to jupiter');
    await h.field('details').pressSequentially('11 <b>never</b> arrived');
    await h.field('email').pressSequentially('mple.com');
    await h.button(h.t.send).click();
    await h.help.panel.getByRole('heading', { name: h.t.sentTitle }).waitFor();
    const reference = await h.reference();
    expect(reference).toMatch(REFERENCE_PATTERN);

    // The inbox record: the searches, the answer read, the pages, the traits and context.
    const [row] = await stack.waitForInbox(1);
    expect(row).toMatchObject({ reference, channel: 'inbox', contact_name: 'Ana López', contact_email: 'ana@example.com', question: 'teleport my llama to jupiter', details: 'Order LU-4411 <b>never</b> arrived' });
    const transcript = JSON.parse(row!.transcript) as Record<string, unknown>[];
    const searches = transcript.filter((t) => t.type === 'search');
    expect(searches.map((s) => [s.query, s.decision])).toEqual([['how do I return an order', 'answered'], ['teleport my llama to jupiter', 'none']]);
    expect(transcript.find((t) => t.type === 'read')).toMatchObject({ title: read, path: '/en/' });
    expect(transcript.find((t) => t.type === 'page')).toMatchObject({ path: '/en/', title: await page.title() });
    // The name went as the contact (the form asked it): not again as a trait.
    expect(transcript.at(-1)).toMatchObject({ type: 'site', traits: { customerId: 'C-1042' }, context: { sku: 'LUMEN-AIRE-V8' } });
    expect(transcript.at(-1)!.traits).not.toHaveProperty('name');

    // The email: same content, Reply-To the customer, the reference in the subject.
    const [mail] = await stack.smtp.waitFor(1);
    const email = parseMail(mail!.raw);
    expect(email.headers.subject).toBe(`[${reference}] teleport my llama to jupiter`);
    expect(email.headers['reply-to']).toBe('Ana López <ana@example.com>');
    for (const step of transcript.filter((t) => typeof t.text === 'string')) {
      expect(email.text).toContain(step.text);
    }
    expect(email.text).toContain('Order LU-4411 <b>never</b> arrived');
    expect(email.html).toContain('Order LU-4411 &lt;b&gt;never&lt;/b&gt; arrived');

    // The webhook: signature verified by the receiver, same hand-off.
    const [hook] = await stack.webhook.waitForAccepted(1);
    expect(hook!.handoff).toMatchObject({ reference, question: 'teleport my llama to jupiter', journey: { items: expect.any(Array) } });
    expect(stack.webhook.requests.map((r) => r.verdict)).toEqual(['accepted']);

    // The reference stays for the customer to come back to.
    await page.reload();
    await h.help.openWithLauncher();
    await h.open();
    await expect(h.help.panel.getByRole('region', { name: h.t.earlier }).innerText()).resolves.toContain(reference);
    expect(page.errors).toEqual([]);
  }, 90_000);
});
