/**
 * Page object of the help widget as a customer meets it: the launcher, the
 * help dialog (or an inline `<ayuda-help>`), its search box, the listbox of
 * results, an answer, Back and Close. Everything is found by role and
 * accessible name, piercing the widget's open shadow roots the way
 * Playwright's role locators do; never by CSS class. Names come from the
 * widget's own UI strings, so a reworded string does not break the tests.
 *
 * @example
 *   const help = new HelpWidget(page, 'es');
 *   await help.openWithLauncher();
 *   await help.search('devolusion de un pedido');
 *   await help.openResult(0);
 *   expect(await help.answerHeading()).toBe('¿Cómo devuelvo un pedido?');
 */
import type { Locator, Page } from 'playwright-core';
import { es } from '../../widget/src/i18n/es.ts';
import { en } from '../../widget/src/i18n/en.ts';
import type { UiStrings } from '../../widget/src/i18n/types.ts';

export type Lang = 'es' | 'en';
const STRINGS: Record<Lang, UiStrings> = { es, en };

export class HelpWidget {
  readonly strings: UiStrings;
  /** The floating launcher button ("Ayuda", "Help"). */
  readonly launcher: Locator;
  /** Where the panel lives: the help dialog, or an inline `<ayuda-help>` element. */
  readonly panel: Locator;

  constructor(
    readonly page: Page,
    readonly lang: Lang,
    /** `inline`: the first `<ayuda-help>` of the page instead of the dialog. */
    readonly mode: 'dialog' | 'inline' = 'dialog',
  ) {
    this.strings = STRINGS[lang];
    this.launcher = page.getByRole('button', { name: this.strings.title, exact: true });
    this.panel =
      mode === 'dialog'
        ? page.getByRole('dialog', { name: this.strings.title, exact: true })
        : page.locator('ayuda-help').first().getByRole('region', { name: this.strings.title, exact: true });
  }

  get searchBox(): Locator {
    return this.panel.getByRole('combobox', { name: this.strings.searchLabel, exact: true });
  }

  /** The listbox of entries (suggested, results, weak results or popular ones). */
  get list(): Locator {
    return this.panel.getByRole('listbox');
  }

  get options(): Locator {
    return this.list.getByRole('option');
  }

  get backButton(): Locator {
    return this.panel.getByRole('button', { name: this.strings.back, exact: true });
  }

  get closeButton(): Locator {
    return this.panel.getByRole('button', { name: this.strings.close, exact: true });
  }

  /** The "nothing found for «q»" message. */
  noResultsMessage(query: string): Locator {
    return this.panel.getByText(this.strings.noResults.replace('{q}', query));
  }

  /** The answer shown: an article named by its question. */
  get answer(): Locator {
    return this.panel.getByRole('article');
  }

  /** The answer's heading: the entry's question. */
  get answerHeadingElement(): Locator {
    return this.answer.getByRole('heading');
  }

  async openWithLauncher(): Promise<void> {
    await this.launcher.click();
    await this.searchBox.waitFor({ state: 'visible' });
  }

  /** Type a query as a customer would, key by key, and wait for the listbox to show the results for it. */
  async search(query: string): Promise<void> {
    await this.searchBox.click();
    await this.searchBox.fill('');
    await this.searchBox.pressSequentially(query);
    await this.waitForSettled(query);
  }

  /** The search box holds `query` and a frame has been painted since (results render synchronously with the input). */
  async waitForSettled(query: string): Promise<void> {
    await this.searchBox.evaluate(async (input, q) => {
      for (let frame = 0; (input as HTMLInputElement).value !== q; frame++) {
        if (frame > 300) throw new Error(`the search box holds "${(input as HTMLInputElement).value}", not "${q}"`);
        await new Promise(requestAnimationFrame);
      }
      await new Promise(requestAnimationFrame);
    }, query);
  }

  /** The options' texts, in order. */
  async optionNames(): Promise<string[]> {
    return (await this.options.allInnerTexts()).map((t) => t.trim());
  }

  async openResult(index: number): Promise<void> {
    await this.options.nth(index).click();
    await this.answer.waitFor({ state: 'visible' });
  }

  async answerHeading(): Promise<string> {
    return (await this.answerHeadingElement.innerText()).trim();
  }

  async back(): Promise<void> {
    await this.backButton.click();
    await this.searchBox.waitFor({ state: 'visible' });
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await this.panel.waitFor({ state: 'hidden' });
  }

  /** Is `locator` the element with focus (inside its shadow root too)? */
  static async isFocused(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => el.matches(':focus'));
  }

  /** Press Tab until the launcher has focus; the number of presses, or -1 if it never got focus. */
  async tabToLauncher(maxPresses = 80): Promise<number> {
    for (let presses = 1; presses <= maxPresses; presses++) {
      await this.page.keyboard.press('Tab');
      if (await HelpWidget.isFocused(this.launcher)) return presses;
    }
    return -1;
  }

  /** Computed style of `property` on `locator`'s element. */
  static async style(locator: Locator, property: string): Promise<string> {
    return locator.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
  }
}
