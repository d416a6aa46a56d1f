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

/** Ask a question the demo shop's FAQ cannot answer and close help (the search is then sent as given up). */
async function askUnanswerable(page: Page, query: string): Promise<void> {
  const help = new HelpWidget(page, 'es');
  await help.openWithLauncher();
  await help.search(query);
  await help.waitForSettled(query);
  await help.close();
}

describe("the page's prototypes", () => {
  it("with Prototype.js 1.6's Array.prototype.toJSON, the question still reaches the collector", async () => {
    collector.clear();
    const page = await chromium.page();
    const { warnings } = await watch(page);
    await page.addInitScript(() => {
      // Prototype.js 1.6: an array's toJSON returns its JSON text, so JSON.stringify writes a string.
      Object.defineProperty(Array.prototype, 'toJSON', {
        value(this: unknown[]) {
          return `[${this.map((x) => JSON.stringify(x)).join(', ')}]`;
        },
        configurable: true,
        writable: true,
      });
    });
    await page.goto(`${demo.url}/`);
    await askUnanswerable(page, 'receta de paella valenciana');
    await expect.poll(() => collector.rows().map((r) => r.query), { timeout: 30_000 }).toContain('receta de paella valenciana');
    expect(page.errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('a polluted Object.prototype.collector and .site send nothing anywhere on a page that set no collector', async () => {
    const page = await chromium.page();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.addInitScript(() => {
      Object.assign(Object.prototype, { collector: 'http://127.0.0.1:9/evil', site: 'demo', launcher: false, position: 'bottom-left' });
      // The snippet's queue, and a listener counting searches.
      const w = window as unknown as { searched: number; ayuda: ((...a: unknown[]) => void) & { q?: unknown[] } };
      w.searched = 0;
      w.ayuda = (...args: unknown[]) => void (w.ayuda.q ??= []).push(args);
      w.ayuda('on', 'search', () => w.searched++);
    });
    await page.goto(`${demo.url}/fixtures/brand.html`);
    const help = new HelpWidget(page, 'en');
    // The launcher is there (launcher: false came from the prototype) at its own corner.
    await help.openWithLauncher();
    await help.search('how do i retrun my order');
    await help.openResult(0);
    await page.waitForFunction(() => (window as unknown as { searched: number }).searched > 0);
    const box = (await help.launcher.boundingBox())!;
    expect(box.x).toBeGreaterThan(page.viewportSize()!.width / 2);
    // The outbox chunk, which loads with the panel when there is a collector, never loaded.
    expect(requested.filter((url) => /outbox|evil|:9\//.test(url))).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});

describe('DOM clobbering and missing APIs', () => {
  it('<form id="ayuda"><input name="l"> does not stop the launcher, which opens help', async () => {
    const page = await chromium.page();
    const { warnings } = await watch(page);
    await page.goto(`${demo.url}/fixtures/clobbered.html`);
    const help = new HelpWidget(page, 'en');
    await help.openWithLauncher();
    await help.search('how do i retrun my order');
    expect((await help.optionNames())[0]).toBe('How do I return an item?');
    expect(page.errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('without crypto.getRandomValues, questions are still recorded and sent, with no error', async () => {
    collector.clear();
    const page = await chromium.page();
    await page.addInitScript(() => {
      Object.defineProperty(Crypto.prototype, 'getRandomValues', { value: undefined, configurable: true });
    });
    await page.goto(`${demo.url}/`);
    await askUnanswerable(page, 'horóscopo de leo');
    await expect.poll(() => collector.rows().map((r) => r.query), { timeout: 30_000 }).toContain('horóscopo de leo');
    expect(page.errors).toEqual([]);
  });

  it('a throwing customElements.define: the launcher still works, one warning says <ayuda-help> is unavailable, nothing thrown', async () => {
    const page = await chromium.page();
    const { warnings } = await watch(page);
    await page.addInitScript(() => {
      customElements.define = () => {
        throw new DOMException('custom elements are disabled here', 'NotSupportedError');
      };
    });
    await page.goto(`${demo.url}/`);
    const help = await readAnswer(page);
    expect(await help.answerHeading()).toBe('¿Cómo devuelvo un pedido?');
    expect(page.errors).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/<ayuda-help> unavailable/);
  });
});
