/**
 * Page object of the hand-off view, found by role and accessible name from
 * the hand-off's own strings (widget/src/handoff/i18n/), piercing the
 * widget's shadow root like HelpWidget (test/browser/help-widget.ts).
 */
import type { Locator, Page } from 'playwright-core';
import { en } from '../../widget/src/handoff/i18n/en.ts';
import { es } from '../../widget/src/handoff/i18n/es.ts';
import type { HandoffStrings } from '../../widget/src/handoff/i18n/types.ts';
import { HelpWidget, type Lang } from '../browser/help-widget.ts';

export class HandoffPage {
  readonly t: HandoffStrings;
  readonly help: HelpWidget;

  constructor(readonly page: Page, readonly lang: Lang) {
    this.t = lang === 'es' ? es : en;
    this.help = new HelpWidget(page, lang);
  }

  /** "Talk to a person" wherever the panel offers it. */
  get offer(): Locator {
    return this.help.panel.getByRole('button', { name: this.help.strings.handoff, exact: true });
  }

  get heading(): Locator {
    return this.help.panel.getByRole('heading', { name: this.t.title, exact: true });
  }

  field(name: 'question' | 'details' | 'name' | 'email' | 'phone'): Locator {
    return this.help.panel.getByLabel(this.t[name], { exact: false }).first();
  }

  channel(label: string): Locator {
    return this.help.panel.getByRole('radio', { name: label, exact: true });
  }

  button(name: string): Locator {
    return this.help.panel.getByRole('button', { name, exact: true });
  }

  async open(): Promise<void> {
    await this.offer.first().click();
    await this.heading.waitFor();
  }

  /** The reference on the confirmation. */
  async reference(): Promise<string> {
    const box = this.help.panel.getByText(this.t.referenceLabel, { exact: true }).locator('xpath=..');
    return (await box.locator('strong').innerText()).trim();
  }
}
