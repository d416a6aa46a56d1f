/**
 * Attachments and the short form, end to end in Chromium on the demo shop:
 * at 1280×800 the form with two files keeps Send in view without
 * scrolling, says what goes with it in one line (the site's facts named in
 * Spanish), passes axe; the customer attaches a PNG and a PDF and sends;
 * the reference is copied (and selected when the clipboard is refused);
 * the agent downloads both files from the dashboard (downloads only, the
 * sniffed type, nosniff, a sandboxing CSP); the email in the SMTP sink
 * links them with signed links that work, and a tampered link is refused.
 * Offline: sent offline, the page closed, another page load online
 * delivers the hand-off with its file.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseMail } from '../../demo/sinks/parse-mail.ts';
import { attachmentTables, listAttachments } from '../../server/attachments/store.ts';
import { png, pdf } from '../attachments/fixtures.ts';
import { useHandoffStack } from '../handoff/browser-stack.ts';
import { HandoffPage } from '../handoff/handoff-page.ts';
import { ADMIN } from '../dashboard/live-dashboard.ts';
import { seriousViolations } from './axe.ts';
import { useChromium } from './chromium.ts';
import { logIn } from './use-live-dashboard.ts';

const chromium = useChromium();
const stack = useHandoffStack({ dashboard: true });

const PHOTO = png(240, 180);
const STATEMENT = pdf();

/** Where Send is in the panel's scrolling body, which must not have been scrolled to reach it. */
function sendPlacement(page: Page, label: string) {
  return page.evaluate((label) => {
    const root = document.querySelector('[data-ayuda-root]')!.shadowRoot!;
    const send = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;
    const body = send.closest('.ay-body')!;
    const panel = send.closest('.ay-panel')!;
    const b = body.getBoundingClientRect();
    const s = send.getBoundingClientRect();
    return { scrollTop: body.scrollTop, bodyTop: Math.round(b.top), bodyBottom: Math.round(b.bottom), sendBottom: Math.round(s.bottom), panelHeight: Math.round(panel.getBoundingClientRect().height), contentHeight: body.scrollHeight };
  }, label);
}

/** A search that finds nothing, then the hand-off form at 1280×800, to the inbox, with an email address. */
async function handOff(lang: 'es' | 'en', query: string, email: string): Promise<{ page: Page; h: HandoffPage }> {
  const page = await chromium.page({ viewport: { width: 1280, height: 800 }, locale: lang === 'es' ? 'es-ES' : 'en-GB', timezoneId: 'Europe/Madrid' });
  await page.goto(`${stack.demo}/${lang === 'es' ? '' : 'en/'}`);
  const h = new HandoffPage(page, lang);
  await h.help.openWithLauncher();
  await h.help.search(query);
  await h.open();
  await h.channel(h.t.channel.inbox).check();
  await h.field('email').fill(email);
  return { page, h };
}

async function attach(h: HandoffPage, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  await h.help.panel.locator('input[type=file]').setInputFiles(files);
  for (const f of files) await h.help.panel.getByRole('button', { name: h.t.fileRemove.replace('{name}', f.name) }).waitFor();
}

describe('attachments and the short form', () => {
  it('fits at 1280×800 with two files, sends them, and the agent and the email get them as safe downloads', async () => {
    const { page, h } = await handOff('es', 'teletransportar mi llama a júpiter', 'ana@example.com');
    await attach(h, [
      { name: 'paquete-roto.png', mimeType: 'image/png', buffer: PHOTO },
      { name: 'extracto.pdf', mimeType: 'application/pdf', buffer: STATEMENT },
    ]);
    await h.help.panel.getByText('Adjuntado: paquete-roto.png. Adjuntado: extracto.pdf').waitFor({ state: 'attached' });

    // Send in reach, unscrolled.
    await page.evaluate(() => document.querySelector('[data-ayuda-root]')!.shadowRoot!.querySelector('.ay-body')!.scrollTo(0, 0));
    if (process.env.SHOT) {
      await page.screenshot({ path: process.env.SHOT, fullPage: false });
      await page.evaluate(() => document.querySelector('[data-ayuda-root]')!.shadowRoot!.querySelector('.ay-body')!.scrollTo(0, 9999));
      await page.screenshot({ path: process.env.SHOT.replace('.png', '-2.png'), fullPage: false });
      await page.evaluate(() => document.querySelector('[data-ayuda-root]')!.shadowRoot!.querySelector('.ay-body')!.scrollTo(0, 0));
    }
    const placed = await sendPlacement(page, h.t.send);
    console.log(`hand-off form at 1280×800 with two files: panel ${placed.panelHeight} px, form content ${placed.contentHeight} px, Send's bottom ${placed.sendBottom - placed.bodyTop} px below the body's top (body ${placed.bodyBottom - placed.bodyTop} px)`);
    expect(placed.scrollTop).toBe(0);
    expect(placed.sendBottom).toBeLessThanOrEqual(placed.bodyBottom);
    // The whole form, not only Send: nothing to scroll to.
    expect(placed.contentHeight).toBeLessThanOrEqual(placed.bodyBottom - placed.bodyTop);

    // One line of what goes with it; the facts in Spanish on review, the name asked once (its field only).
    const summary = h.help.panel.getByText(/^Se enviará: 1 búsqueda, esta página, 2 datos de tu cuenta y 2 datos de la página/);
    await summary.waitFor();
    await h.button(h.t.summary.review).click();
    // The site's own name (identify()'s labels), the common ones, in Spanish.
    for (const fact of ['N.º de cliente: C-1042', 'Plan de cuidado: Lumen Care', 'Página: producto', 'Referencia del producto: LUMEN-AIRE-V8']) await h.help.panel.getByText(fact, { exact: true }).waitFor();
    await h.help.panel.getByText(/^Buscaste «teletransportar mi llama a júpiter»/).waitFor();
    expect(await h.help.panel.getByText('Ana López', { exact: false }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await h.button(h.t.summary.hide).click();

    // A file of the wrong type is refused, said in an alert.
    await h.help.panel.locator('input[type=file]').setInputFiles([{ name: 'factura.html', mimeType: 'text/html', buffer: Buffer.from('<script>alert(1)</script>') }]);
    await h.help.panel.getByRole('alert').getByText(/^«factura.html» no se puede adjuntar/).waitFor();

    await h.button(h.t.send).click();
    await h.help.panel.getByRole('heading', { name: h.t.sentTitle }).waitFor();
    const reference = await h.reference();
    const [row] = await stack.waitForInbox(1);
    expect(row!.reference).toBe(reference);
    const stored = await listAttachments(attachmentTables(stack.db.kysely), row!.id);
    expect(stored.map((f) => [f.name, f.type, f.size])).toEqual([
      ['paquete-roto.png', 'image/png', PHOTO.length],
      ['extracto.pdf', 'application/pdf', STATEMENT.length],
    ]);

    // Copy: the clipboard, else the reference selected.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.demo });
    await h.button(h.t.copy).click();
    await h.help.panel.getByText(h.t.copied, { exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
    await page.evaluate(() => Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('no', 'NotAllowedError')) }));
    await h.button(h.t.copy).click();
    await h.help.panel.getByText(h.t.copyFailed, { exact: true }).waitFor();
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(reference);
    expect(await seriousViolations(page)).toEqual([]);

    // The email links each file; the links download them; a tampered one is refused.
    const mail = parseMail((await stack.smtp.waitFor(1))[0]!.raw);
    const links = [...mail.text!.matchAll(new RegExp(`${stack.collector}/v1/attachments/\\S+`, 'g'))].map((m) => m[0]);
    expect(links).toHaveLength(2);
    const first = await fetch(links[0]!);
    expect(first.status).toBe(200);
    expect(Object.fromEntries(['content-type', 'content-disposition', 'x-content-type-options', 'content-security-policy'].map((k) => [k, first.headers.get(k)]))).toEqual({
      'content-type': 'image/png',
      'content-disposition': `attachment; filename="paquete-roto.png"; filename*=UTF-8''paquete-roto.png`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
    });
    expect(Buffer.from(await first.arrayBuffer()).equals(PHOTO)).toBe(true);
    // One character of the signed query changed (to another: replacing it with itself was a 1-in-64 pass).
    expect((await fetch(links[1]!.replace(/.(&|$)/, (c, end: string) => (c[0] === 'A' ? 'B' : 'A') + end))).status).toBe(403);
    expect((await fetch(links[1]!.replace(/attachments\/[^?]+/, `attachments/${stored[0]!.id}`))).status).toBe(403);

    // The agent downloads them from the dashboard.
    const agent = await chromium.page({ locale: 'en-GB', timezoneId: 'Europe/Madrid', acceptDownloads: true });
    await agent.goto(`${stack.collector}/dashboard/inbox/${encodeURIComponent(row!.id)}`);
    await agent.waitForURL(/\/dashboard\/login\?next=/);
    await logIn(agent, ADMIN);
    await agent.getByRole('heading', { name: 'Files from the customer' }).waitFor();
    const link = agent.getByRole('link', { name: /^Download extracto\.pdf \(application\/pdf, / });
    const [download] = await Promise.all([agent.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('extracto.pdf');
    const got = await agent.context().request.get(new URL((await link.getAttribute('href'))!, stack.collector).toString());
    expect(got.status()).toBe(200);
    expect(got.headers()).toMatchObject({ 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="extracto.pdf"; filename*=UTF-8''extracto.pdf`, 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; sandbox; frame-ancestors 'none'" });
    expect((await got.body()).equals(STATEMENT)).toBe(true);
    expect(await agent.locator('img').count()).toBe(0);
    expect(await seriousViolations(agent)).toEqual([]);
  }, 120_000);

  it('offline: sent with its file offline, the page closed, delivered with the file by another page load online', async () => {
    const { page, h } = await handOff('en', 'teleport my llama to jupiter', 'sam@example.com');
    const context = page.context();
    await attach(h, [{ name: 'receipt.png', mimeType: 'image/png', buffer: PHOTO }]);
    // In English too, the whole form shows.
    const placed = await sendPlacement(page, h.t.send);
    expect(placed.contentHeight).toBeLessThanOrEqual(placed.bodyBottom - placed.bodyTop);
    await context.setOffline(true);
    await h.button(h.t.send).click();
    await h.help.panel.getByRole('heading', { name: h.t.savedTitle }).waitFor();
    const reference = await h.reference();
    await page.close();
    expect((await stack.inbox()).some((r) => r.reference === reference)).toBe(false);

    await context.setOffline(false);
    const next = await context.newPage();
    await next.goto(`${stack.demo}/en/`);
    await expect.poll(async () => (await stack.inbox()).find((r) => r.reference === reference)?.id, { timeout: 30_000 }).toBeTruthy();
    const row = (await stack.inbox()).find((r) => r.reference === reference)!;
    const files = await listAttachments(attachmentTables(stack.db.kysely), row.id);
    expect(files.map((f) => [f.name, f.type, f.size])).toEqual([['receipt.png', 'image/png', PHOTO.length]]);
    const mails = await stack.smtp.waitFor(2);
    expect(parseMail(mails.at(-1)!.raw).text).toMatch(/receipt\.png \(image\/png, \d+ KB\): http/);
  }, 120_000);
});
