/**
 * The demo shop is served with a strict Content-Security-Policy (no inline
 * script or style, connections to self and loopback only). The widget works
 * under it and the browser reports no violation: no `securitypolicyviolation`
 * event and no CSP message on the console.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_CSP } from '../../demo/server.ts';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { useDemo } from './use-demo.ts';

vi.setConfig({ testTimeout: 60_000 });

const demo = useDemo();
const chromium = useChromium();

/** Start listening before any of the page's scripts run; returns what was reported so far. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) console.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`), true);
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

describe('under the demo shop’s strict CSP', () => {
  it('the pages are served with the CSP header', async () => {
    const page = await chromium.page();
    const response = await page.goto(`${demo.url}/`);
    expect(response!.headers()['content-security-policy']).toBe(DEMO_CSP);
    const script = await page.request.get(`${demo.url}/ayuda/ayuda.js`);
    expect(script.status()).toBe(200);
    expect(script.headers()['content-type']).toMatch(/javascript/);
  });

  it('the launcher, a search, an answer and the trigger work with no violation reported', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    const violations = await watchCsp(page);
    await page.goto(`${demo.url}/`);
    const help = new HelpWidget(page, 'es');

    await help.openWithLauncher();
    await help.search('devolusion de un pedido');
    await help.openResult(0);
    expect(await help.answerHeading()).toBe('¿Cómo devuelvo un pedido?');
    // The widget's own stylesheets apply (a blocked <style> would leave the dialog unstyled).
    expect(await HelpWidget.style(help.panel, 'position')).toBe('fixed');
    await help.close();

    await page.getByRole('button', { name: '¿Dudas sobre devoluciones?' }).click();
    await help.waitForSettled('devolución');
    expect((await help.optionNames()).length).toBeGreaterThan(0);
    await page.waitForTimeout(300);

    expect(await violations()).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  it('on a phone, and in the inline help centre, no violation either', async () => {
    const page = await chromium.page({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    const violations = await watchCsp(page);
    await page.goto(`${demo.url}/en/`);
    const help = new HelpWidget(page, 'en');
    await help.launcher.tap();
    await help.searchBox.waitFor();
    await help.search('my parcel arrived broken');
    await help.openResult(0);
    const onProductPage = await violations();
    await page.goto(`${demo.url}/en/help/`);
    const inline = new HelpWidget(page, 'en', 'inline');
    await inline.search('how do i retrun my order');
    await inline.options.first().waitFor();
    await page.waitForTimeout(300);
    expect([...onProductPage, ...(await violations())]).toEqual([]);
  });
});
