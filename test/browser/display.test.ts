/**
 * What the panel guarantees about how it is shown: readable at 200% zoom
 * without horizontal scrolling, no motion for readers who ask for none,
 * mirrored for right-to-left languages, and AA contrast on any brand colour.
 */
import { describe, expect, it, vi } from 'vitest';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { useDemo } from './use-demo.ts';

vi.setConfig({ testTimeout: 60_000 });

const demo = useDemo();
const chromium = useChromium();

/** WCAG contrast ratio of two computed `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('how the panel is shown', () => {
  it('at 200% zoom (a 1280×800 screen is 640×400 CSS px) it reflows: no horizontal scrolling, input in view', async () => {
    const page = await chromium.page({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await page.goto(`${demo.url}/en/`);
    const help = new HelpWidget(page, 'en');
    await help.openWithLauncher();
    await help.search('how do i retrun my order');
    await help.openResult(0);
    const dialog = page.getByRole('dialog');
    const overflow = await dialog.evaluate((el) => {
      const wide = [el, ...el.querySelectorAll('*')].filter((n) => n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflowX !== 'hidden');
      return { wide: wide.length, width: el.getBoundingClientRect().width };
    });
    expect(overflow.wide).toBe(0);
    expect(overflow.width).toBeLessThanOrEqual(640);
    expect(await help.answerHeading()).toBe('How do I return an item?');
  });

  it('with prefers-reduced-motion the dialog appears without animation or transition', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${demo.url}/en/`);
    const help = new HelpWidget(page, 'en');
    await help.openWithLauncher();
    const motion = await page.getByRole('dialog').evaluate((el) => {
      const s = getComputedStyle(el);
      return { animation: s.animationName, transition: parseFloat(s.transitionDuration) || 0 };
    });
    expect(motion.animation).toBe('none');
    expect(motion.transition).toBe(0);
  });

  it('mirrors the panel for a right-to-left language', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.url}/fixtures/rtl.html`);
    const help = new HelpWidget(page, 'en');
    await help.openWithLauncher();
    expect(await page.getByRole('dialog').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });

  it('picks readable text for a pale brand colour (AA, 4.5:1)', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.url}/fixtures/brand.html`);
    const help = new HelpWidget(page, 'en');
    await help.launcher.waitFor();
    const colours = await help.launcher.evaluate((el) => {
      const s = getComputedStyle(el);
      return { fg: s.color, bg: s.backgroundColor };
    });
    expect(colours.bg).toBe('rgb(255, 214, 10)');
    expect(contrast(colours.fg, colours.bg)).toBeGreaterThanOrEqual(4.5);
  });
});
