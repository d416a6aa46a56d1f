/**
 * Privacy of what the widget records, in Chromium against the demo shop and
 * the real collector: nothing stored in the browser before the customer uses
 * help; personal data redacted before it leaves the browser; `data-consent`
 * records nothing until the page grants consent; the page path keeps only
 * allowlisted parameters.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { useCollector } from './use-collector.ts';
import { useDemo } from './use-demo.ts';

vi.setConfig({ testTimeout: 90_000 });

const collector = useCollector();
const demo = useDemo({ collector: () => collector.url });
const chromium = useChromium();

/** What the page has stored: localStorage, sessionStorage and cookie entries, IndexedDB databases. */
function storage(page: Page): Promise<{ local: string[]; session: string[]; cookie: string; databases: string[] }> {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage).sort(),
    session: Object.keys(sessionStorage),
    cookie: document.cookie,
    databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
  }));
}

/** Bodies posted to the collector by the page. */
function watchBodies(page: Page): string[] {
  const bodies: string[] = [];
  page.on('request', (r) => r.url().startsWith(collector.url) && r.method() === 'POST' && bodies.push(r.postData() ?? ''));
  return bodies;
}

const NOTHING = { local: [], session: [], cookie: '', databases: [] };

describe('privacy', () => {
  it('stores nothing and downloads nothing but ayuda.js before the customer uses help; the first question stores the session and the outbox', async () => {
    const page = await chromium.page();
    const chunks: string[] = [];
    const widget: string[] = [];
    page.on('request', (r) => /\/ayuda\/outbox\./.test(r.url()) && chunks.push(r.url()));
    page.on('request', (r) => r.url().includes('/ayuda/') && widget.push(new URL(r.url()).pathname));
    await page.goto(`${demo.url}/en/`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(5000); // past the page's idle time (requestIdleCallback, at most 4 s)
    expect(await storage(page)).toEqual(NOTHING);
    expect(chunks).toEqual([]);
    // Help loads on intent: a visitor who never comes near it pays for ayuda.js and, with a collector, the small notices chunk (at idle).
    expect(widget.map((p) => p.replace(/\.[0-9a-f]{8}\.js$/, '.js'))).toEqual(['/ayuda/ayuda.js', '/ayuda/notices.js']);

    const help = new HelpWidget(page, 'en');
    await help.openWithLauncher();
    await expect.poll(() => chunks.length).toBe(1); // loaded with the panel, in case the network goes away
    await page.waitForTimeout(500);
    expect(await storage(page)).toEqual(NOTHING); // opening help records nothing yet

    await help.search('paella recipe');
    await page.waitForTimeout(1300);
    await help.close();
    await expect.poll(async () => (await storage(page)).databases).toContain('ayuda-demo');
    const stored = await storage(page);
    expect(stored.local).toEqual(expect.arrayContaining(['ayuda-session']));
    expect(stored.cookie).toBe('');
    await expect.poll(() => collector.rows().filter((r) => r.query === 'paella recipe').length).toBe(1);
    const row = collector.rows().find((r) => r.query === 'paella recipe')!;
    expect(row.session).toBe(await page.evaluate(() => localStorage.getItem('ayuda-session')));
    expect(page.errors).toEqual([]);
  });

  it('a "No" with a comment holding an email and a card number arrives redacted, and they never leave the browser', async () => {
    const page = await chromium.page();
    const bodies = watchBodies(page);
    await page.goto(`${demo.url}/`);
    const help = new HelpWidget(page, 'es');
    await help.openWithLauncher();
    await help.search('devolución de un pedido');
    await help.openResult(0);
    const entry = await help.answerHeading();
    await help.panel.getByRole('button', { name: help.strings.no, exact: true }).click();
    const comment = 'No me sirve. Escribidme a ana.gil+pedidos@correo.es, pagué con la tarjeta 4111 1111 1111 1111 y mi móvil es 612 34 56 78';
    await help.panel.getByRole('textbox', { name: help.strings.missing }).fill(comment);
    await help.panel.getByRole('button', { name: help.strings.send, exact: true }).click();

    await expect.poll(() => collector.rows().filter((r) => r.type === 'feedback').length, { timeout: 15_000 }).toBe(1);
    const feedback = collector.rows().find((r) => r.type === 'feedback')!;
    expect(feedback).toMatchObject({ helpful: 0, reason: 'not_helpful', query: 'devolución de un pedido' });
    expect(feedback.comment).toBe('No me sirve. Escribidme a [email], pagué con la tarjeta [card] y mi móvil es [phone]');
    expect(entry.length).toBeGreaterThan(0);
    // The browser's report of a request can reach the test after the collector has stored it.
    await expect.poll(() => bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(body).not.toMatch(/ana\.gil|4111|612 34/);
    expect(page.errors).toEqual([]);
  });

  it('with data-consent records nothing until ayuda("consent", true); the path keeps only data-keep-params', async () => {
    collector.clear();
    const page = await chromium.page();
    const bodies = watchBodies(page);
    await page.goto(`${demo.url}/fixtures/consent.html?step=2&email=ana%40correo.es#pago`);
    const help = new HelpWidget(page, 'en');
    await help.openWithLauncher();
    await help.search('paella recipe');
    await page.waitForTimeout(1300);
    await help.close();
    await page.waitForTimeout(2500);
    expect(bodies).toEqual([]);
    expect(await storage(page)).toEqual(NOTHING);

    await page.evaluate(() => (window as unknown as { ayuda: (...a: unknown[]) => void }).ayuda('consent', true));
    await help.openWithLauncher();
    await help.search('weather in madrid tomorrow');
    await page.waitForTimeout(1300);
    await help.close();
    await expect.poll(() => collector.rows().length, { timeout: 15_000 }).toBe(1);
    expect(collector.rows()[0]).toMatchObject({ query: 'weather in madrid tomorrow', path: '/fixtures/consent.html?step=2' });
    expect(page.errors).toEqual([]);
  });
});
