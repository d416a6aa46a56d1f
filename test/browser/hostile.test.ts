/**
 * On a host page whose CSS resets everything with `!important`, blows fonts
 * up to 40px and stacks fixed bars at the maximum z-index away from the
 * launcher's corner (test/fixtures/hostile.html), the widget still opens,
 * searches and shows an answer at a normal, readable size.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Locator } from 'playwright-core';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { useDemo } from './use-demo.ts';

vi.setConfig({ testTimeout: 60_000 });

const demo = useDemo();
const chromium = useChromium();

const px = async (locator: Locator, property: string): Promise<number> => parseFloat(await HelpWidget.style(locator, property));

describe('a hostile host page', () => {
  it.each([
    ['desktop', { viewport: { width: 1280, height: 800 } }],
    ['phone', { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true }],
  ] as const)('on a %s: the widget opens, searches and shows a readable answer', async (_device, options) => {
    const page = await chromium.page(options);
    await page.goto(`${demo.url}/fixtures/hostile.html`);
    // The page's CSS is in force: its own text is 40px.
    expect(await px(page.getByRole('heading', { name: 'Hostile shop' }), 'font-size')).toBe(40);

    const help = new HelpWidget(page, 'en');
    await help.launcher.waitFor();
    expect(await px(help.launcher, 'font-size')).toBeLessThanOrEqual(20);
    await help.openWithLauncher(); // a real click: Playwright checks nothing covers the launcher
    await help.search('how do i retrun my order');
    expect((await help.optionNames())[0]).toBe('How do I return an item?');
    await help.openResult(0);
    expect(await help.answerHeading()).toBe('How do I return an item?');

    // Readable: the panel follows the reader's root font size (rem) but only within 16–24px, so the page's
    // 40px everywhere does not reach it; nor do its uppercase, letter spacing and fantasy font.
    const paragraph = help.answer.getByRole('paragraph').first();
    const size = await px(paragraph, 'font-size');
    expect(size).toBeGreaterThanOrEqual(14);
    expect(size).toBeLessThanOrEqual(24);
    expect(await HelpWidget.style(paragraph, 'text-transform')).toBe('none');
    expect(['normal', '0px']).toContain(await HelpWidget.style(paragraph, 'letter-spacing'));
    expect(await HelpWidget.style(paragraph, 'font-family')).not.toMatch(/comic|fantasy/i);
    expect(await px(help.backButton, 'font-size')).toBeLessThanOrEqual(24);

    // The answer is in view, not under the page's fixed bars.
    const box = (await help.answerHeadingElement.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const onTop = await help.answerHeadingElement.evaluate((h) => {
      const r = h.getBoundingClientRect();
      // From the page, anything inside the widget's shadow root is seen as its host element.
      return document.elementFromPoint(r.left + 8, r.top + r.height / 2)?.hasAttribute('data-ayuda-root') ?? false;
    });
    expect(onTop).toBe(true);

    await help.close();
    expect(await HelpWidget.isFocused(help.launcher)).toBe(true);
    expect(page.errors).toEqual([]);
  });
});
