/**
 * The static help centre (`ayuda build --pages`) and answers' addresses in
 * `<ayuda-help>` (issue 16 item 5), in Chromium: the demo FAQ's pages served
 * under the demo's strict CSP pass axe, their JSON-LD parses, the hreflang
 * link leads to the other language, and in the pages' inline search an
 * answer has its own address, Back returns to the list and an address opens
 * its answer.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runBuild } from '../../cli/commands/build.ts';
import { DEMO_FAQ } from '../../demo/server.ts';
import { seriousViolations } from './axe.ts';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { tempDir, useDemo } from './use-demo.ts';

vi.setConfig({ testTimeout: 60_000 });

const dir = tempDir('help-centre-');
const pages = join(dir, 'hc');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const demo = useDemo({ mounts: [{ prefix: '/hc/', root: pages }] });
const chromium = useChromium();

// Built once the demo serves (its address goes into the canonical links), with the demo's widget at /ayuda/.
beforeAll(async () => {
  const errors: string[] = [];
  const io = { stdout: () => {}, stderr: (t: string) => void errors.push(t) };
  const code = await runBuild(DEMO_FAQ, { out: join(dir, 'index'), widget: false, pages, pagesUrl: `${demo.url}/hc/`, pagesWidget: '/ayuda/ayuda.js', pagesName: 'Tienda Lumen', color: '#1f3a5f' }, io);
  expect(errors.join('')).toBe('');
  expect(code).toBe(0);
}, 60_000);

const desktop = { viewport: { width: 1280, height: 800 } };

describe('the static help centre', () => {
  it('an entry page: no serious axe violation, JSON-LD with the question and answer, canonical link', async () => {
    const page = await chromium.page(desktop);
    await page.goto(`${demo.url}/hc/es/seguir-pedido.html`);
    await new HelpWidget(page, 'es').launcher.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity[0].name).toBe('¿Cómo sigo mi pedido?');
    expect(data.mainEntity[0].acceptedAnswer.text).toContain('Mi cuenta &gt; Pedidos');
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(`${demo.url}/hc/es/seguir-pedido.html`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('¿Cómo sigo mi pedido?');
    // Keyboard: the skip link comes first and leads to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    expect(page.errors).toEqual([]);
  });

  it('an index page with its inline search: no serious axe violation; its hreflang link leads to the English help centre', async () => {
    const page = await chromium.page(desktop);
    await page.goto(`${demo.url}/hc/es/`);
    const inline = new HelpWidget(page, 'es', 'inline');
    await inline.searchBox.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const alternate = await page.locator('link[rel=alternate][hreflang=en]').getAttribute('href');
    expect(alternate).toBe(`${demo.url}/hc/en/`);
    await page.locator('header a[hreflang=en]').click();
    await page.waitForURL(alternate!);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Help centre');
    expect(await page.locator('link[rel=alternate][hreflang=es]').getAttribute('href')).toBe(`${demo.url}/hc/es/`);
    await new HelpWidget(page, 'en', 'inline').searchBox.waitFor();
    expect(page.errors).toEqual([]);
  });
});

describe('answers’ addresses in <ayuda-help>', () => {
  it('opening an answer sets its hash; the browser’s Back returns to the list, focus on the option; an address opens its answer', async () => {
    const page = await chromium.page(desktop);
    const list = `${demo.url}/hc/es/`;
    await page.goto(list);
    const inline = new HelpWidget(page, 'es', 'inline');
    await inline.searchBox.waitFor();
    await inline.search('cancelar un pedido');
    expect((await inline.optionNames())[0]).toBe('¿Cómo cancelo un pedido?');
    await inline.openResult(0);
    expect(page.url()).toBe(`${list}#faq/cancelar-pedido`);
    expect(await HelpWidget.isFocused(inline.answerHeadingElement)).toBe(true);

    await page.goBack();
    await inline.searchBox.waitFor();
    expect(page.url()).toBe(list);
    expect(await inline.searchBox.inputValue()).toBe('cancelar un pedido');
    await expect.poll(() => HelpWidget.isFocused(inline.searchBox)).toBe(true);
    const active = await inline.searchBox.getAttribute('aria-activedescendant');
    expect(await inline.panel.locator(`[id="${active}"]`).innerText()).toBe('¿Cómo cancelo un pedido?');

    // Forward opens it again.
    await page.goForward();
    await inline.answer.waitFor();
    expect(await inline.answerHeading()).toBe('¿Cómo cancelo un pedido?');

    // A link to an answer, opened directly.
    const other = await chromium.page(desktop);
    await other.goto(`${list}#faq/seguir-pedido`);
    const direct = new HelpWidget(other, 'es', 'inline');
    await direct.answer.waitFor();
    expect(await direct.answerHeading()).toBe('¿Cómo sigo mi pedido?');
    await expect.poll(() => HelpWidget.isFocused(direct.answerHeadingElement)).toBe(true);
    // The panel's Back from there: the list, at the page's own address.
    await direct.back();
    expect(other.url()).toBe(list);
    expect(page.errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });
});
