/**
 * The hand-off offline, and a closed channel, in Chromium: made offline, it
 * waits in the durable outbox with its reference shown at once, and reaches
 * the collector exactly once after reconnecting; a closed channel says when
 * it opens and its hand-off goes to the inbox.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../../widget/src/handoff/reference.ts';
import { HandoffPage } from '../handoff/handoff-page.ts';
import { useHandoffStack } from '../handoff/browser-stack.ts';
import { seriousViolations } from './axe.ts';
import { useChromium } from './chromium.ts';

const chromium = useChromium();
const stack = useHandoffStack();

describe('hand-off offline', () => {
  it('is saved with its reference at once, and delivered exactly once after reconnecting (axe: form, errors, confirmation)', async () => {
    const page = await chromium.page({ timezoneId: 'Europe/Madrid' });
    await page.goto(`${stack.demo}/en/help/`);
    const h = new HandoffPage(page, 'en');
    await h.help.openWithLauncher();
    await h.help.search('teleport my llama to jupiter');
    await h.open();
    await h.channel('Message').check();
    expect(await seriousViolations(page)).toEqual([]);
    await h.field('question').fill('');
    await h.button(h.t.send).click();
    await expect.poll(() => h.field('question').evaluate((el) => el.matches(':focus'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await h.field('question').fill('teleport my llama to jupiter');
    await h.field('email').fill('ana@example.com');
    await page.context().setOffline(true);
    await h.button(h.t.send).click();
    await h.help.panel.getByRole('heading', { name: h.t.savedTitle }).waitFor();
    expect(await h.help.panel.getByRole('status').innerText()).toBe(h.t.offline);
    const reference = await h.reference();
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(await seriousViolations(page)).toEqual([]);
    await page.waitForTimeout(2500);
    expect(await stack.inbox()).toHaveLength(0);

    await page.context().setOffline(false);
    const [row] = await stack.waitForInbox(1);
    expect(row!.reference).toBe(reference);
    await h.help.panel.getByRole('heading', { name: h.t.sentTitle }).waitFor();
    await stack.smtp.waitFor(1);
    await stack.webhook.waitForAccepted(1);
    // More flushes (online again, the page hidden): still one of each.
    await page.evaluate(() => {
      window.dispatchEvent(new Event('online'));
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForTimeout(3000);
    expect(await stack.inbox()).toHaveLength(1);
    expect(stack.smtp.messages).toHaveLength(1);
    expect(stack.webhook.accepted()).toHaveLength(1);
  }, 60_000);
});

describe('closed business hours', () => {
  it('shows when a closed channel opens, and sends its hand-off to the inbox', async () => {
    const page = await chromium.page({ timezoneId: 'Europe/Madrid' });
    // WhatsApp opens in two hours (Madrid time), for one hour.
    const madrid = await page.evaluate(() => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Madrid', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(Date.now()));
    const [hh, mm] = madrid.split(':').map(Number) as [number, number];
    const at = (plus: number) => `${String((hh + plus) % 24).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
    const channels = JSON.stringify([{ type: 'whatsapp', number: '34600111222', hours: { timeZone: 'Europe/Madrid', open: [`daily ${at(2)}-${at(3)}`] } }]);
    const url = `${stack.demo}/vendors/page.html?vendor=none&collector=${encodeURIComponent(stack.collector)}&channels=${encodeURIComponent(channels)}`;
    await page.goto(url);
    const h = new HandoffPage(page, 'en');
    await h.help.openWithLauncher();
    await h.help.search('teleport my llama to jupiter');
    await h.open();
    const opening = await page.evaluate(([h, m]) => new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, h, m)), [(hh + 2) % 24, mm]);
    // "9:00", or "Tuesday 0:30" when the opening is after midnight.
    const status = await h.help.panel.getByText(/^Closed now, we reply from/).innerText();
    expect(status.replace(/^.*from /, '').endsWith(opening)).toBe(true);
    await h.help.panel.getByText(/^Closed now: your message goes to our inbox and we reply from/).waitFor();
    // The inbox takes it: an email address is needed now, and no WhatsApp opens.
    await h.button(h.t.send).click();
    expect(await h.field('email').getAttribute('aria-invalid')).toBe('true');
    await h.field('email').fill('ana@example.com');
    const popups: string[] = [];
    page.context().on('page', (p) => popups.push(p.url()));
    await h.button(h.t.send).click();
    await h.help.panel.getByText(h.t.referenceLabel).waitFor();
    const reference = await h.reference();
    await expect.poll(async () => (await stack.inbox()).find((r) => r.reference === reference)?.channel, { timeout: 10_000 }).toBe('inbox');
    const row = (await stack.inbox()).find((r) => r.reference === reference)!;
    expect(JSON.parse(row.transcript)[0]).toMatchObject({ type: 'handoff', requested: 'whatsapp' });
    expect(popups).toEqual([]);
  }, 60_000);
});

describe('WhatsApp', () => {
  it('opens wa.me with the question, the reference and the transcript, and records the hand-off', async () => {
    const page = await chromium.page({ timezoneId: 'Europe/Madrid' });
    await page.context().route('https://wa.me/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>WhatsApp</title>' }));
    const channels = JSON.stringify([{ type: 'whatsapp', number: '34600111222' }]);
    await page.goto(`${stack.demo}/vendors/page.html?vendor=none&collector=${encodeURIComponent(stack.collector)}&channels=${encodeURIComponent(channels)}`);
    const h = new HandoffPage(page, 'en');
    await h.help.openWithLauncher();
    await h.help.search('teleport my llama to jupiter');
    await h.open();
    expect(await h.help.panel.getByRole('textbox').count()).toBe(1); // the question (details behind their button): WhatsApp needs no contact field
    expect(await h.help.panel.getByRole('button', { name: h.t.attach }).count()).toBe(0); // nor takes files
    const popup = page.context().waitForEvent('page');
    await h.button(h.t.openWhatsApp).click();
    const tab = await popup;
    await tab.waitForURL(/^https:\/\/wa\.me\//);
    const reference = await h.reference();
    const url = new URL(tab.url());
    expect(url.pathname).toBe('/34600111222');
    const text = url.searchParams.get('text')!;
    expect(text).toContain('Hi, I need help: teleport my llama to jupiter');
    expect(text).toContain(`Reference: ${reference}`);
    expect(text).toContain('- Searched “teleport my llama to jupiter”: nothing found');
    expect(tab.url().length).toBeLessThanOrEqual(2000);
    // In case the tab was blocked: the same link, named for what it opens.
    expect(await h.help.panel.getByRole('link', { name: h.t.openWhatsApp, exact: true }).getAttribute('href')).toBe(tab.url());
    await expect.poll(async () => (await stack.inbox()).find((r) => r.reference === reference)?.channel, { timeout: 10_000 }).toBe('whatsapp');
  }, 60_000);
});
