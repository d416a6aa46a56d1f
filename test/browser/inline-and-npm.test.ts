/**
 * The other ways in: the `<ayuda-help>` element of the help centre searches
 * in place (no dialog), and the npm package's `createAyuda()` can be
 * destroyed and created again, leaving one widget that works.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildNpm } from '../../widget/build/build-npm.ts';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { tempDir, useDemo } from './use-demo.ts';

vi.setConfig({ testTimeout: 60_000 });

// The npm package's ESM build (what `npm run build:npm` writes to dist/npm/), made afresh for this file and served at /npm/.
const npmDir = tempDir('npm-');
beforeAll(() => buildNpm(join(npmDir, 'npm')), 120_000);
afterAll(() => rmSync(npmDir, { recursive: true, force: true }));
const demo = useDemo({ mounts: [{ prefix: '/npm/', root: join(npmDir, 'npm'), csp: false }] });
const chromium = useChromium();

describe('<ayuda-help> in the help centre', () => {
  it.each([
    ['es', '/centro-de-ayuda/', 'devolusion de un pedido', '¿Cómo devuelvo un pedido?'],
    ['en', '/en/help/', 'how do i retrun my order', 'How do I return an item?'],
  ] as const)('%s: searches and answers in place, without a dialog', async (lang, path, query, answer) => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.url}${path}`);
    const inline = new HelpWidget(page, lang, 'inline');
    await inline.searchBox.waitFor();
    await inline.search(query);
    expect((await inline.optionNames())[0]).toBe(answer);
    await inline.openResult(0);
    expect(await inline.answerHeading()).toBe(answer);
    expect(await page.getByRole('dialog').count()).toBe(0);
    // The answer has its own address (issue 16 item 5), and Back returns to the list's.
    expect(page.url()).toMatch(new RegExp(`^${demo.url}${path}#faq/[a-z-]+$`));
    // In place: the answer is inside the page's main content, under its heading.
    const inMain = await inline.answerHeadingElement.evaluate((h) => {
      let node: Node | null = h;
      while (node && !(node instanceof HTMLElement && node.tagName === 'AYUDA-HELP')) node = (node.getRootNode() as ShadowRoot).host ?? null;
      return node?.closest('main') !== null;
    });
    expect(inMain).toBe(true);
    await inline.back();
    expect(await inline.searchBox.inputValue()).toBe(query);
    expect(page.url()).toBe(`${demo.url}${path}`);
    expect(page.errors).toEqual([]);
  });
});

describe('the npm package', () => {
  it('createAyuda() → open → destroy → createAyuda() again: one host element, and it works', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.url}/fixtures/npm.html`);
    await page.waitForFunction(() => (window as unknown as { npmReady?: boolean }).npmReady === true);
    const help = new HelpWidget(page, 'en');
    const hosts = () => page.evaluate(() => document.querySelectorAll('[data-ayuda-root]').length);

    await help.openWithLauncher();
    await help.search('my parcel arrived broken');
    await help.openResult(0);
    expect(await help.answerHeading()).toBe('My parcel arrived damaged. What should I do?');
    expect(await hosts()).toBe(1);

    await page.evaluate(() => (window as unknown as { help: { destroy(): void } }).help.destroy());
    expect(await hosts()).toBe(0);
    expect(await help.launcher.count()).toBe(0);
    expect(await help.panel.count()).toBe(0);

    await page.evaluate(() => (window as unknown as { createHelp(): boolean }).createHelp());
    expect(await hosts()).toBe(1);
    expect(await help.launcher.count()).toBe(1);
    await help.openWithLauncher();
    await help.search('how do i retrun my order');
    expect((await help.optionNames())[0]).toBe('How do I return an item?');
    await help.close();
    expect(await HelpWidget.isFocused(help.launcher)).toBe(true);

    // The API opens it too, with a query.
    await page.evaluate(() => (window as unknown as { help: { open(q: string): Promise<void> } }).help.open('refund'));
    await help.waitForSettled('refund');
    expect((await help.optionNames()).length).toBeGreaterThan(0);
    expect(await hosts()).toBe(1);
    expect(page.errors).toEqual([]);
  });
});
