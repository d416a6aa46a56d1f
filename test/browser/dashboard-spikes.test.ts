/**
 * Spikes suggest notices (issue 16 #3) in Chromium, against the real
 * collector and the built dashboard: a group spiking today is flagged at
 * the top of *Unanswered questions* in a status region (the noise group is
 * not), axe finds nothing serious, and "Publish a notice" opens the notices
 * form with the group's title in its language and the customers' words. A
 * viewer sees the flag without the link. No CSP violation or page error.
 */
import { describe, expect, it, vi } from 'vitest';
import { store } from '../dashboard/seed.ts';
import { SPIKE_WORDING, spikeSeries } from '../dashboard/seed-spikes.ts';
import { ADMIN, VIEWER } from '../dashboard/live-dashboard.ts';
import { seriousViolations } from './axe.ts';
import { useChromium } from './chromium.ts';
import { logIn, useLiveDashboard } from './use-live-dashboard.ts';

vi.setConfig({ testTimeout: 60_000 });

const chromium = useChromium();
const live = useLiveDashboard({ seed: ({ db }) => store(db, spikeSeries('demo')) });

/** A page logged in as `email`, with the CSP refusals it logs. */
async function loggedIn(email: string) {
  const page = await chromium.page();
  const violations: string[] = [];
  page.on('console', (m) => /content security policy|refused to/i.test(m.text()) && violations.push(m.text()));
  await logIn(page, email, { url: live.url });
  return { page, violations };
}

describe('a spiking group on the dashboard', () => {
  it('is flagged at the top, and "Publish a notice" opens the form with its words', async () => {
    const { page, violations } = await loggedIn(ADMIN);
    const region = page.locator('section.spikes[role="status"]');
    await region.getByRole('heading', { name: 'Spiking today: 1 group' }).waitFor();
    expect(await region.locator('li').count()).toBe(1);
    expect(await region.locator('li').textContent()).toContain(SPIKE_WORDING);
    expect(await region.textContent()).not.toContain('talla');
    expect(await seriousViolations(page)).toEqual([]);

    await region.getByRole('link', { name: new RegExp(`^Publish a notice\\W+${SPIKE_WORDING}$`) }).click();
    const heading = page.getByRole('heading', { name: 'New notice', level: 2 });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('notice-form-title');
    expect(await page.locator('#notice-es_title').inputValue()).toBe('No me llega el pedido a canarias');
    expect(await page.locator('#notice-en_title').inputValue()).toBe('');
    expect((await page.locator('#notice-words').inputValue()).split('\n')).toEqual(expect.arrayContaining([SPIKE_WORDING, 'pedido canarias no llega']));
    expect(await page.locator('#notice-site').inputValue()).toBe('demo');
    expect(await seriousViolations(page)).toEqual([]);
    expect([violations, page.errors]).toEqual([[], []]);
  });

  it('shows a viewer the flag without the link', async () => {
    const { page } = await loggedIn(VIEWER);
    const region = page.locator('section.spikes[role="status"]');
    await region.getByRole('heading', { name: 'Spiking today: 1 group' }).waitFor();
    expect(await region.getByRole('link', { name: /Publish a notice/ }).count()).toBe(0);
    expect(await region.getByRole('link', { name: new RegExp(`^See the group\\W+${SPIKE_WORDING}$`) }).count()).toBe(1);
  });
});
