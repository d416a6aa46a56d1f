/**
 * The loop the product exists for, in Chromium: a customer on the demo shop
 * asks a question the FAQ cannot answer and closes help; the widget's outbox
 * delivers it to the collector; the support lead logs into the dashboard,
 * finds it grouped with its rewording, opens the group and downloads the FAQ
 * snippet with the customer's own words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ADMIN } from '../dashboard/live-dashboard.ts';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { useDemo } from './use-demo.ts';
import { logIn, useLiveDashboard } from './use-live-dashboard.ts';

vi.setConfig({ testTimeout: 120_000 });

const live = useLiveDashboard();
const demo = useDemo({ collector: () => live.url });
const chromium = useChromium();

describe('from the demo page to the dashboard', () => {
  it('an unanswered question on the shop becomes a group the lead turns into a FAQ snippet', async () => {
    const shop = await chromium.page({ viewport: { width: 1280, height: 800 } });
    await shop.goto(`${demo.url}/`);
    const help = new HelpWidget(shop, 'es');
    await help.openWithLauncher();
    for (const q of ['receta de paella valenciana', 'receta paella valenciana']) {
      await help.search(q);
      await shop.waitForTimeout(1300);
    }
    await help.close();
    await expect
      .poll(async () => (await live.k.selectFrom('events').select('query').where('reason', 'is not', null).execute()).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2);

    const lead = await chromium.page({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await logIn(lead, ADMIN, { url: live.url });
    const link = lead.getByRole('link', { name: /receta (de )?paella valenciana/ });
    await link.waitFor();
    expect(await lead.locator('table.groups tbody tr').count()).toBe(1);
    await link.click();
    await lead.locator('table.questions').waitFor();
    const questions = await lead.locator('table.questions td.question').allTextContents();
    expect(questions).toEqual(expect.arrayContaining(['receta de paella valenciana', 'receta paella valenciana']));
    expect(await lead.locator('table.questions td code').first().textContent()).toBe('/');

    const [download] = await Promise.all([lead.waitForEvent('download'), lead.getByRole('link', { name: /Download FAQ snippet/ }).click()]);
    const snippet = readFileSync((await download.path())!, 'utf8');
    expect(snippet).toMatch(/^## receta (de )?paella valenciana\nid: receta-(de-)?paella-valenciana\nlocale: es\nalternates: "receta (de )?paella valenciana"\n/);
  });
});
