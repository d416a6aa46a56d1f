/**
 * What the widget downloads, in Chromium on the demo shop with its collector:
 * nothing but ayuda.js (and, at idle, the notices chunk) until the visitor
 * comes near help; then the panel, the
 * page language's part of the index and its stemmer (its answers' chunks when
 * results are listed: answer-chunks.test.ts); another language's part
 * and stemmer only when a question is written in it; the hand-off chunk only
 * when the pointer or focus reaches "Talk to a person".
 */
import { describe, expect, it, vi } from 'vitest';
import { seriousViolations } from './axe.ts';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { useCollector } from './use-collector.ts';
import { useDemo } from './use-demo.ts';

vi.setConfig({ testTimeout: 90_000 });

const collector = useCollector();
const demo = useDemo({ collector: () => collector.url });
const chromium = useChromium();

/** The widget's files requested so far, by kind. */
function requested(urls: string[]): string[] {
  return urls
    .filter((u) => u.includes('/ayuda/'))
    .map((u) => new URL(u).pathname.replace(/^\/ayuda\//, '').replace(/[.-][0-9a-zA-Z_-]{8}\.(js|json)$/, '.$1'))
    .sort();
}

describe('loading on intent', () => {
  it('ayuda.js alone until intent; then one language; the other on a question in it; the hand-off chunk on approach', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${demo.url}/`);
    await page.waitForLoadState('load');
    const help = new HelpWidget(page, 'es');
    await help.launcher.waitFor();
    // With a collector, the small notices chunk also loads once the browser is idle (issue 16).
    expect(requested(urls).filter((n) => n !== 'notices.js')).toEqual(['ayuda.js']);

    await help.launcher.hover();
    await expect.poll(() => requested(urls)).toEqual(['ayuda.js', 'chunks/stem-es.js', 'faq-index.es.json', 'notices.js', 'outbox.js', 'panel.js']);
    await help.openWithLauncher();
    await help.search('descuento de estudiante');
    const offer = help.panel.getByRole('button', { name: help.strings.handoff, exact: true }).first();
    await offer.waitFor();
    await page.waitForTimeout(500);
    expect(urls.filter((u) => /chunks\/handoff-/.test(u))).toEqual([]);
    await offer.hover();
    await expect.poll(() => urls.filter((u) => /chunks\/handoff-/.test(u)).length).toBe(1);

    await help.search('how long does shipping take');
    await expect.poll(() => requested(urls).filter((n) => /\ben\b/.test(n) && !n.startsWith('faq-answers.'))).toEqual(['chunks/stem-en.js', 'faq-index.en.json']);
    await expect.poll(async () => (await help.optionNames())[0]).toMatch(/^How long does delivery take\?\s*In English$/);
    expect(page.errors).toEqual([]);
  });

  it('a word of either language ("paypal") lists the page\'s entry first and the other language\'s next, marked, once that language has loaded', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.url}/`);
    const help = new HelpWidget(page, 'es');
    await help.openWithLauncher();
    await help.search('paypal');
    await expect.poll(async () => (await help.optionNames()).slice(0, 2)).toEqual([
      '¿Qué formas de pago aceptan?',
      expect.stringMatching(/^What payment methods do you accept\?\s*In English$/),
    ]);
    // The English option is read in English.
    expect(await help.options.nth(1).locator('[lang="en"]').count()).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
  });

  it('says at once that help is opening: a tap expands the launcher and draws the frame before the panel has arrived, whose language\'s stemmer and index do not wait for it', async () => {
    const page = await chromium.page({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    // The panel's file is held back, as on a slow network, until the test lets it through.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/ayuda\/panel[.-][^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${demo.url}/`);
    const help = new HelpWidget(page, 'es');
    await help.launcher.waitFor();
    expect(await help.launcher.getAttribute('aria-expanded')).toBe('false');
    await help.launcher.tap();
    await expect.poll(() => help.launcher.getAttribute('aria-expanded')).toBe('true');
    // The frame, drawn by ayuda.js itself: the dialog's name, a close button with focus, "Cargando…", a sheet on a phone.
    const frame = page.getByRole('dialog', { name: 'Ayuda' });
    await frame.getByText('Cargando…').waitFor();
    expect(await frame.getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-ayuda-root]')!.shadowRoot!.activeElement?.getAttribute('aria-label'))).toBe('Cerrar la ayuda');
    expect(await frame.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    // One round trip, not two: the stemmer is asked for with the panel, not once the panel has come.
    await expect.poll(() => requested(urls)).toEqual(expect.arrayContaining(['chunks/stem-es.js', 'faq-index.es.json', 'panel.js']));
    release();
    await page.getByRole('dialog').getByRole('combobox').waitFor();
    await expect.poll(() => help.launcher.getAttribute('aria-expanded')).toBe('true');
    // The panel took the frame's place: one dialog.
    expect(await page.getByRole('dialog').count()).toBe(1);
    expect(page.errors).toEqual([]);
  });

  it('says when help could not load, in the frame, and its retry loads it', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    let down = true;
    await page.route(/\/ayuda\/panel[.-][^/]*\.js$/, (route) => (down ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${demo.url}/`);
    const help = new HelpWidget(page, 'es');
    await help.launcher.click();
    const frame = page.getByRole('dialog', { name: 'Ayuda' });
    await frame.getByRole('alert').filter({ hasText: 'No se pudo cargar la ayuda.' }).waitFor();
    expect(await frame.getAttribute('aria-busy')).toBeNull();
    // Where the panel will be: above the launcher, inside the viewport.
    const [box, button] = [await frame.boundingBox(), await help.launcher.boundingBox()];
    expect(box!.y + box!.height).toBeLessThan(button!.y);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    expect(await seriousViolations(page)).toEqual([]);
    down = false;
    await frame.getByRole('button', { name: 'Reintentar' }).click();
    await page.getByRole('dialog').getByRole('combobox').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => help.launcher.getAttribute('aria-expanded')).toBe('false');
  });
});
