/**
 * axe-core finds no serious or critical violation on the demo shop with the
 * widget in each of its states (closed, open, results, answer, no results),
 * on a desktop and on a phone; on the phone the dialog is a full-screen
 * sheet whose search box is in view.
 */
import { describe, expect, it, vi } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { useDemo } from './use-demo.ts';

vi.setConfig({ testTimeout: 90_000 });

const demo = useDemo();
const chromium = useChromium();

const DEVICES: Record<string, BrowserContextOptions> = {
  'desktop 1280×800': { viewport: { width: 1280, height: 800 } },
  'phone 375×667': { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};

describe.each(Object.entries(DEVICES))('on a %s', (_device, options) => {
  it.each([
    ['es', '/', 'devolusion de un pedido', 'qwzx plimf'],
    ['en', '/en/', 'how do i retrun my order', 'qwzx plimf'],
  ] as const)('%s: no serious or critical axe violation when closed, open, with results, an answer, no results', async (lang, path, query, nonsense) => {
    const page = await chromium.page(options);
    await page.goto(`${demo.url}${path}`);
    const help = new HelpWidget(page, lang);
    await help.launcher.waitFor();
    const found: Record<string, unknown[]> = {};

    found.closed = await seriousViolations(page);
    await help.openWithLauncher();
    found.open = await seriousViolations(page);
    await help.search(query);
    await help.options.first().waitFor();
    found.results = await seriousViolations(page);
    await help.openResult(0);
    found.answer = await seriousViolations(page);
    await help.back();
    await help.search(nonsense);
    await help.noResultsMessage(nonsense).waitFor();
    found['no results'] = await seriousViolations(page);

    expect(found).toEqual({ closed: [], open: [], results: [], answer: [], 'no results': [] });
  });
});

describe('on a 375×667 phone', () => {
  it('the dialog is a full-screen sheet with the search box in view', async () => {
    const page = await chromium.page(DEVICES['phone 375×667']);
    await page.goto(`${demo.url}/`);
    const help = new HelpWidget(page, 'es');
    await help.launcher.tap();
    await help.searchBox.waitFor();
    await page.waitForTimeout(400); // any opening transition
    const sheet = await help.panel.boundingBox();
    expect(sheet).not.toBeNull();
    expect(Math.round(sheet!.x)).toBe(0);
    expect(Math.round(sheet!.y)).toBe(0);
    expect(Math.round(sheet!.width)).toBe(375);
    expect(Math.round(sheet!.height)).toBe(667);

    const box = await help.searchBox.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(667);
    expect(box!.width).toBeGreaterThan(200);
    expect(await help.searchBox.isVisible()).toBe(true);
    // Nothing of the page shows above the sheet at the search box.
    const hit = await help.searchBox.evaluate((input) => {
      const r = input.getBoundingClientRect();
      const root = input.getRootNode() as ShadowRoot;
      return root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === input;
    });
    expect(hit).toBe(true);
  });
});
