/**
 * A customer's journeys on the demo shop, in Spanish and in English: a
 * misspelt, accentless question finds the right answer; the whole journey
 * works from the keyboard alone and focus goes back where it came from; a
 * page's own "questions about returns?" button opens help with its query.
 */
import { describe, expect, it, vi } from 'vitest';
import { useChromium } from './chromium.ts';
import { HelpWidget, type Lang } from './help-widget.ts';
import { useDemo } from './use-demo.ts';

vi.setConfig({ testTimeout: 60_000 });

const demo = useDemo();
const chromium = useChromium();

const JOURNEYS: { lang: Lang; path: string; query: string; answer: string; says: RegExp }[] = [
  { lang: 'es', path: '/', query: 'devolusion de un pedido', answer: '¿Cómo devuelvo un pedido?', says: /30 días/ },
  { lang: 'en', path: '/en/', query: 'how do i retrun my order', answer: 'How do I return an item?', says: /30 days/ },
];

describe.each(JOURNEYS)('journey in $lang', ({ lang, path, query, answer, says }) => {
  it(`"${query}" opens "${answer}" with the mouse`, async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.url}${path}`);
    const help = new HelpWidget(page, lang);

    await help.openWithLauncher();
    await expect.poll(() => HelpWidget.isFocused(help.searchBox)).toBe(true);
    await help.search(query);
    expect((await help.optionNames())[0]).toBe(answer);
    await help.openResult(0);
    expect(await help.answerHeading()).toBe(answer);
    // The answer's chunk may still be on its way ("Loading…"): wait for its text.
    await expect.poll(() => help.answer.innerText()).toMatch(says);

    await help.back();
    expect(await help.searchBox.inputValue()).toBe(query);
    await help.close();
    await expect.poll(() => HelpWidget.isFocused(help.launcher)).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('works with the keyboard alone: Tab, Enter, type, ArrowDown, Enter, Back, Escape', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.url}${path}`);
    const help = new HelpWidget(page, lang);
    await help.launcher.waitFor();

    expect(await help.tabToLauncher()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await help.searchBox.waitFor();
    await expect.poll(() => HelpWidget.isFocused(help.searchBox)).toBe(true);

    await page.keyboard.type(query);
    await help.waitForSettled(query);
    await page.keyboard.press('ArrowDown');
    expect(await help.searchBox.getAttribute('aria-activedescendant')).toBeTruthy();
    expect(await help.options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');

    // Read: the answer's heading takes focus, so a screen reader starts there.
    expect(await help.answerHeading()).toBe(answer);
    await expect.poll(() => HelpWidget.isFocused(help.answerHeadingElement)).toBe(true);

    // Back, with the keyboard: Shift+Tab from the heading reaches the Back button.
    await page.keyboard.press('Shift+Tab');
    expect(await HelpWidget.isFocused(help.backButton)).toBe(true);
    await page.keyboard.press('Enter');
    await help.searchBox.waitFor();
    await expect.poll(() => HelpWidget.isFocused(help.searchBox)).toBe(true);
    expect(await help.searchBox.inputValue()).toBe(query);

    await page.keyboard.press('Escape'); // clears the query (APG combobox)
    await page.keyboard.press('Escape'); // closes the dialog
    await help.panel.waitFor({ state: 'hidden' });
    await expect.poll(() => HelpWidget.isFocused(help.launcher)).toBe(true);
    expect(await help.launcher.getAttribute('aria-expanded')).toBe('false');
    expect(page.errors).toEqual([]);
  });

  it('as the sheet of a phone, the dialog is modal: Tab stays inside', async () => {
    const page = await chromium.page({ viewport: { width: 390, height: 844 } });
    await page.goto(`${demo.url}${path}`);
    const help = new HelpWidget(page, lang);
    await help.openWithLauncher();
    expect(await help.panel.getAttribute('aria-modal')).toBe('true');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const inside = await help.panel.evaluate((dialog) => {
        const active = (dialog.getRootNode() as ShadowRoot).activeElement;
        return !!active && dialog.contains(active);
      });
      expect(inside, `focus left the dialog after ${i + 1} Tab presses`).toBe(true);
    }
  });

  it('floating beside the page, the dialog is not modal: Tab reaches the page, and a click on the page closes it', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.url}${path}`);
    const help = new HelpWidget(page, lang);
    await help.openWithLauncher();
    expect(await help.panel.getAttribute('aria-modal')).toBeNull();
    // "Talk to a person" stands apart from the last result (it once touched it).
    await help.search(lang === 'es' ? 'garantia aspiradora' : 'vacuum warranty');
    const gap = await help.panel.evaluate((dialog) => {
      const options = dialog.querySelectorAll('[role="option"]');
      const offer = dialog.querySelector('.ay-ho-offer button');
      return offer && options.length ? offer.getBoundingClientRect().top - options[options.length - 1]!.getBoundingClientRect().bottom : NaN;
    });
    expect(gap).toBeGreaterThanOrEqual(8);
    await help.panel.getByRole('combobox').focus();
    let left = false;
    for (let i = 0; i < 12 && !left; i++) {
      await page.keyboard.press('Tab');
      left = await page.evaluate(() => !document.activeElement?.closest('[data-ayuda-root]') && document.activeElement !== document.body);
    }
    expect(left, 'Tab never left the dialog for the page').toBe(true);
    await expect.poll(() => help.panel.isVisible()).toBe(true);
    await page.locator('h1').first().click();
    await expect.poll(() => help.panel.count()).toBe(0);
    expect(await help.launcher.getAttribute('aria-expanded')).toBe('false');
    expect(page.errors).toEqual([]);
  });
});

describe('a data-ayuda-open trigger', () => {
  it('opens help with its query and gives focus back to itself on Escape', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.url}/`);
    const help = new HelpWidget(page, 'es');
    const trigger = page.getByRole('button', { name: '¿Dudas sobre devoluciones?' });
    expect(await trigger.getAttribute('data-ayuda-open')).toBe('devolución');

    await trigger.click();
    await help.searchBox.waitFor();
    await help.waitForSettled('devolución');
    const names = await help.optionNames();
    expect(names.length).toBeGreaterThan(0);
    // Returns questions, in the customer's words or the FAQ's ("devuelvo", "devolver", "devolución").
    expect(names.slice(0, 3).every((n) => /devol|devuel/i.test(n)), names.join(' | ')).toBe(true);
    expect(names).toContain('¿Cómo devuelvo un pedido?');
    await expect.poll(() => HelpWidget.isFocused(help.searchBox)).toBe(true);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await help.panel.waitFor({ state: 'hidden' });
    await expect.poll(() => HelpWidget.isFocused(trigger)).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('works from the keyboard too (Enter on the trigger)', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.url}/en/`);
    const help = new HelpWidget(page, 'en');
    const trigger = page.getByRole('button', { name: 'Questions about returns?' });
    await trigger.focus();
    await page.keyboard.press('Enter');
    await help.searchBox.waitFor();
    await help.waitForSettled('return');
    expect((await help.optionNames()).length).toBeGreaterThan(0);
    await help.close();
    await expect.poll(() => HelpWidget.isFocused(trigger)).toBe(true);
  });
});

describe('the language switch', () => {
  it('leads to the other language, where help speaks it', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.url}/`);
    await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${demo.url}/en/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const help = new HelpWidget(page, 'en');
    await help.openWithLauncher();
    expect(await help.searchBox.getAttribute('placeholder')).toBe(help.strings.placeholder);
  });
});
