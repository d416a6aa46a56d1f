/**
 * Notices end to end, in Chromium (issue 16): a lead publishes an incident
 * notice for Canarias shipping on the dashboard; a customer on the demo
 * shop's product page (data-context page=producto) gets the launcher's mark
 * and the banner, types "no me llega el pedido a canarias" and meets the
 * notice above the results, and opens it; the notice's dashboard page
 * counts the view and the read. The lead ends it, and a new visit no longer
 * shows it (no rebuild). axe: no serious finding on the panel with the
 * banner, on the notices page and on the notice's page.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN } from '../dashboard/live-dashboard.ts';
import { localInput } from '../../server/dashboard/ui/pages/notice-form.tsx';
import { seriousViolations } from './axe.ts';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { useDemo } from './use-demo.ts';
import { logIn, useLiveDashboard } from './use-live-dashboard.ts';

vi.setConfig({ testTimeout: 180_000 });

const TITLE_ES = 'Retrasos en envíos a Canarias hasta el lunes';
const TITLE_EN = 'Delays shipping to the Canary Islands until Monday';
const QUERY = 'no me llega el pedido a canarias';
const HOUR = 3_600_000;

const live = useLiveDashboard();
const demo = useDemo({ collector: () => live.url });
const chromium = useChromium();

async function signIn(): Promise<Page & { errors: string[] }> {
  const lead = await chromium.page({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
  await logIn(lead, ADMIN, { url: live.url, next: '/dashboard/notices' });
  await lead.getByRole('heading', { level: 1, name: 'Notices' }).waitFor();
  return lead;
}

/** A customer on the product page, once the widget has asked the collector for the notices. */
async function customer(): Promise<{ shop: Page & { errors: string[] }; help: HelpWidget }> {
  const shop = await chromium.page({ viewport: { width: 1280, height: 900 }, locale: 'es-ES' });
  const fetched = shop.waitForResponse((r) => r.url().startsWith(`${live.url}/v1/notices/demo`), { timeout: 30_000 });
  await shop.goto(`${demo.url}/`);
  expect((await fetched).status()).toBe(200);
  return { shop, help: new HelpWidget(shop, 'es') };
}

describe('notices in Chromium', () => {
  it('a lead publishes an incident; a customer sees it on the page and above the results; its page counts them; ended, it is gone', async () => {
    const lead = await signIn();
    const form = lead.getByRole('form', { name: 'New notice' });
    await form.getByLabel('Site').selectOption('demo');
    await form.getByLabel('Severity').selectOption('incident');
    await form.getByLabel('Starts').fill(localInput(Date.now() - 2 * HOUR));
    const spanish = form.getByRole('group', { name: 'In Spanish' });
    await spanish.getByLabel('Title').fill(TITLE_ES);
    await spanish.getByLabel('Details').fill('Por el temporal, los pedidos a **Canarias** llegan con retraso. Te avisamos por email cuando salga el tuyo.');
    await form.getByRole('group', { name: 'In English' }).getByLabel('Title').fill(TITLE_EN);
    await form.getByLabel('Page paths').fill('/envios/*');
    await form.getByLabel('Page contexts').fill('page=producto');
    await form.getByLabel('Its topic in your words').fill('pedidos a Canarias retrasados');
    await form.getByLabel('Customers’ words').fill('no me llega el pedido\nmi pedido no llega');
    await form.getByRole('button', { name: 'Publish the notice' }).click();
    await lead.getByRole('status').filter({ hasText: `Notice “${TITLE_EN}” saved` }).waitFor();
    const row = lead.getByRole('row', { name: new RegExp(TITLE_EN) });
    await row.waitFor();
    expect(await row.getByText('Live', { exact: true }).count()).toBe(1);
    expect(await row.getByText('Incident', { exact: true }).count()).toBe(1);
    expect(await seriousViolations(lead), 'notices page').toEqual([]);
    const key = (await row.getAttribute('data-notice'))!;
    expect(key).toMatch(/^n\d+$/);

    // The customer: the launcher's mark, then the banner on opening help.
    const { shop, help } = await customer();
    await expect.poll(() => help.launcher.getAttribute('data-notice'), { timeout: 15_000 }).toBe('incident');
    await help.openWithLauncher();
    const notice = help.panel.getByRole('region', { name: new RegExp(TITLE_ES) });
    await notice.waitFor();
    expect(await notice.getByRole('heading').textContent()).toContain(help.strings.notice!.incident);
    expect(await seriousViolations(shop), 'panel with the banner').toEqual([]);

    // The question about it: the notice pinned above the results (no longer also a banner).
    await help.search(QUERY);
    await expect.poll(() => notice.getAttribute('class')).toContain('ay-pinned');
    expect(await help.panel.getByRole('region', { name: new RegExp(TITLE_ES) }).count()).toBe(1);
    if ((await help.list.count()) > 0) {
      const above = await notice.evaluate((n, list) => !!(n.compareDocumentPosition(list as Node) & Node.DOCUMENT_POSITION_FOLLOWING), await help.list.elementHandle());
      expect(above).toBe(true);
    }
    const details = notice.getByRole('button', { name: help.strings.noticeMore });
    await details.click();
    expect(await details.getAttribute('aria-expanded')).toBe('true');
    await notice.getByText('llegan con retraso').waitFor();
    expect(await notice.locator('strong').innerText()).toBe('Canarias');
    await help.close();

    // Delivered by the outbox; the notice's page counts one customer who saw it and one who opened it.
    const count = async () => (await live.k.selectFrom('events').select('type').where('notice', '=', key).execute()).map((e) => e.type).sort();
    await expect.poll(count, { timeout: 30_000 }).toEqual(['notice_read', 'notice_shown']);
    await row.getByRole('link', { name: TITLE_EN, exact: true }).click();
    await lead.getByRole('heading', { level: 1, name: TITLE_EN }).waitFor();
    expect(await lead.getByTestId('notice-seen').innerText()).toBe('1');
    expect(await lead.getByTestId('notice-opened').innerText()).toBe('1');
    await lead.getByRole('table', { name: 'Unanswered questions' }).waitFor();
    expect(await lead.getByText(TITLE_ES).count()).toBe(1);
    expect(await seriousViolations(lead), "the notice's page").toEqual([]);

    // The lead ends it now; a new visit shows neither the mark nor the notice.
    await lead.getByRole('link', { name: 'Edit the notice' }).click();
    const edit = lead.getByRole('form', { name: `Edit the notice “${TITLE_EN}”` });
    await edit.waitFor();
    expect(await edit.getByRole('heading').evaluate((h) => h === document.activeElement)).toBe(true);
    await edit.getByLabel('Ends').fill(localInput(Date.now()));
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await lead.getByRole('status').filter({ hasText: `Notice “${TITLE_EN}” saved` }).waitFor();
    await lead.getByRole('row', { name: new RegExp(TITLE_EN) }).getByText('Ended', { exact: true }).waitFor();

    const later = await customer();
    await later.help.openWithLauncher();
    await later.help.search(QUERY);
    expect(await later.help.panel.getByRole('region', { name: new RegExp(TITLE_ES) }).count()).toBe(0);
    expect(await later.help.launcher.getAttribute('data-notice')).toBeNull();
    expect([...lead.errors, ...shop.errors, ...later.shop.errors]).toEqual([]);
  });

  it('refuses a notice without a title, naming the field, with focus on it', async () => {
    const lead = await signIn();
    const form = lead.getByRole('form', { name: 'New notice' });
    await form.getByRole('button', { name: 'Publish the notice' }).click();
    await form.getByRole('alert').filter({ hasText: 'Title in Spanish' }).waitFor();
    const title = form.getByRole('group', { name: 'In Spanish' }).getByLabel('Title');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await title.evaluate((e) => e === document.activeElement)).toBe(true);
  });
});
