/**
 * An admin manages sites in Chromium: on a dashboard with nothing recorded
 * yet, the groups page points to the script tag; opens "Sites", sees the file's sites
 * read-only, adds a site with an origin and a webhook through the form (a
 * bad origin first: the error is announced and the field marked), sees it
 * listed with its script tag, and the collector accepts that origin at once.
 * The site's name is hostile markup and renders as text; the webhook secret
 * never reaches the page; editing works from the keyboard; no CSP violation
 * and no serious axe finding; a viewer sees no Sites page.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { makeBatch } from '../../server/testing/batches.ts';
import { ADMIN, VIEWER } from '../dashboard/live-dashboard.ts';
import { useChromium } from './chromium.ts';
import { seriousViolations } from './axe.ts';
import { logIn, useLiveDashboard } from './use-live-dashboard.ts';

vi.setConfig({ testTimeout: 60_000 });

const chromium = useChromium();
const HOSTILE_NAME = '<img src=x onerror=alert(1)>Tienda "Lumen"';
const SECRET = 'whsec_browser_0123456789abcd';

const live = useLiveDashboard({ groupingIntervalMs: 0 });

/** Log in on the login page, arriving at `next`; collect CSP violations, dialogs and page errors. */
async function signIn(page: Page & { errors: string[] }, email: string, next: string): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => seen.push(`dialog ${dialog.message()}`)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`csp-violation ${e.violatedDirective}`));
  });
  page.on('console', (m) => /csp-violation|refused to/i.test(m.text()) && seen.push(m.text()));
  await logIn(page, email, { url: live.url, next });
  return async () => [...seen, ...page.errors];
}

const sendFrom = (origin: string, prefix: string) =>
  fetch(`${live.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'text/plain', origin }, body: JSON.stringify(makeBatch(1, 0, 'tienda', prefix)) });

describe('sites in the dashboard, in Chromium', () => {
  it('an admin adds a site with an origin; it is listed with its script tag and the collector accepts its pages at once', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 1000 } });
    const problems = await signIn(page, ADMIN, '/dashboard/');
    // Nothing recorded yet: the groups page says how questions arrive and points to the script tag.
    await page.getByText('No unanswered questions yet.').waitFor();
    expect(await page.getByText('Widen the dates').count()).toBe(0);
    expect(await seriousViolations(page), 'first run').toEqual([]);
    await page.getByRole('link', { name: 'the script tag of your site' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sites' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/dashboard/sites');

    // The file's sites: listed, read-only.
    const demo = page.getByRole('region', { name: 'demo' });
    await demo.waitFor();
    expect(await demo.getByText('Defined in ayuda.config.json (read-only)').count()).toBe(1);
    expect(await demo.getByRole('button').allTextContents()).toEqual(['Copy script tag']);
    expect((await sendFrom('https://tienda.example', 'b0')).status).toBe(403);

    // A bad origin: announced, the field marked and focused, nothing stored.
    await page.getByLabel("Key (the widget's data-site)").fill('tienda');
    await page.getByLabel('Name', { exact: true }).fill(HOSTILE_NAME);
    await page.getByLabel('Allowed origins (one per line)').fill('https://tienda.example/checkout');
    await page.getByRole('button', { name: 'Add site' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^Allowed origins: must be an array of origins like/);
    const origins = page.getByLabel('Allowed origins (one per line)');
    expect(await origins.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => origins.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('region', { name: /Tienda/ }).count()).toBe(0);

    // Fixed, with a webhook.
    await origins.fill('https://tienda.example\nhttp://localhost:*');
    await page.getByLabel('Webhook URL').fill('https://crm.tienda.example/hooks/ayuda');
    await page.getByLabel('Webhook secret').fill(SECRET);
    await page.getByRole('group', { name: 'Post each hand-off to a webhook (optional)' }).getByRole('checkbox', { name: 'inbox' }).check();
    await page.getByRole('button', { name: 'Add site' }).click();
    await page.getByRole('status').filter({ hasText: 'Added site tienda.' }).waitFor();

    // Listed: the hostile name as text, its origins, its webhook without the secret, its script tag.
    const card = page.getByRole('region', { name: `${HOSTILE_NAME} (tienda)` });
    await card.waitFor();
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(`${HOSTILE_NAME} (tienda)`);
    expect(await page.locator('main img, main script, main iframe').count()).toBe(0);
    expect(await card.locator('dd code').allTextContents()).toEqual(['https://tienda.example', 'http://localhost:*', 'https://crm.tienda.example/hooks/ayuda']);
    expect(await card.getByText('(secret ending …abcd): hand-offs by inbox').count()).toBe(1);
    expect(await card.getByText('Added in the dashboard', { exact: false }).count()).toBe(1);
    expect(await card.locator('pre').textContent()).toBe(`<script src="/ayuda/ayuda.js" data-site="tienda" data-collector="${live.url}" async></script>`);
    expect(await page.content()).not.toContain(SECRET);

    // The collector follows at once.
    expect((await sendFrom('https://tienda.example', 'b1')).status).toBe(200);
    expect((await sendFrom('https://evil.example', 'b2')).status).toBe(403);

    // Edit from the keyboard: the form takes focus, the secret stays when left empty.
    await card.getByRole('button', { name: 'Edit tienda' }).focus();
    await page.keyboard.press('Enter');
    const title = page.getByRole('heading', { name: 'Edit site tienda' });
    await title.waitFor();
    // Focus moves in the effect after the form renders: wait for it as a screen reader user would.
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByLabel("Key (the widget's data-site)").getAttribute('readonly')).not.toBeNull();
    await page.getByLabel('Allowed origins (one per line)').fill('https://shop.tienda.example');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved site tienda.' }).waitFor();
    await expect.poll(() => card.locator('dd code').first().textContent()).toBe('https://shop.tienda.example');
    expect(await card.getByText('secret ending …abcd').count()).toBe(1);
    expect((await sendFrom('https://tienda.example', 'b3')).status).toBe(403);
    expect((await sendFrom('https://shop.tienda.example', 'b4')).status).toBe(200);

    expect(await seriousViolations(page), 'sites page').toEqual([]);
    expect(await problems()).toEqual([]);
  });

  it('shows viewers no Sites page', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 900 } });
    const problems = await signIn(page, VIEWER, '/dashboard/sites');
    await page.getByText('Only admins manage sites.').waitFor();
    expect(await page.getByRole('link', { name: 'Sites' }).count()).toBe(0);
    expect(await problems()).toEqual([]);
  });
});
