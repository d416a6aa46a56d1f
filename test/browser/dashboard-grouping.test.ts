/**
 * A support lead corrects the grouping in Chromium, against the real
 * collector and the built dashboard: two groups that are one problem are
 * ticked and merged, and the list shows one; on the merged group's page
 * each wording shows the words it shares with the group, and a wording is
 * moved out to a group of its own. No CSP violation or page error.
 */
import { describe, expect, it, vi } from 'vitest';
import { DAY, store, unanswered } from '../dashboard/seed.ts';
import { ADMIN } from '../dashboard/live-dashboard.ts';
import { useChromium } from './chromium.ts';
import { logIn, useLiveDashboard } from './use-live-dashboard.ts';

vi.setConfig({ testTimeout: 60_000 });

const chromium = useChromium();
const ago = (days: number, n: number): number => Date.now() - days * DAY - n * 1000;

const live = useLiveDashboard({
  seed: ({ db }) =>
    store(db, [
      ...[1, 2, 3, 4].map((n) => unanswered({ query: '¿Cuándo llega mi reembolso?', at: ago(n, n) })),
      ...[1, 2, 3].map((n) => unanswered({ query: 'no me han devuelto el dinero', at: ago(n, 10 + n) })),
      unanswered({ query: 'dinero devuelto tarde', at: ago(5, 20) }),
    ]),
});

describe('correcting the grouping in the dashboard', () => {
  it('a lead merges two groups and sees one, then moves a wording out of it', async () => {
    const page = await chromium.page();
    const violations: string[] = [];
    page.on('console', (m) => /content security policy|refused to/i.test(m.text()) && violations.push(m.text()));
    await logIn(page, ADMIN, { url: live.url });
    const total = page.getByTestId('total-groups');
    await expect.poll(() => total.textContent()).toBe('2');

    await page.getByRole('checkbox', { name: 'Select “¿Cuándo llega mi reembolso?”' }).check();
    await page.getByRole('checkbox', { name: 'Select “no me han devuelto el dinero”' }).check();
    await page.getByRole('button', { name: 'Merge 2 groups' }).click();
    await expect.poll(() => total.textContent()).toBe('1');
    expect(await page.getByTestId('total-questions').textContent()).toBe('8');

    await page.getByRole('link', { name: '¿Cuándo llega mi reembolso?' }).click();
    await page.getByRole('heading', { level: 1, name: '¿Cuándo llega mi reembolso?' }).waitFor();
    expect(await page.getByTestId('group-count').textContent()).toBe('8');
    const wording = page.locator('.phrasings li', { hasText: 'dinero devuelto tarde' });
    expect(await wording.locator('.shared').textContent()).toBe(' dinero · devuelto');

    await page.getByRole('checkbox', { name: 'Move “no me han devuelto el dinero” to a new group' }).check();
    await page.getByRole('checkbox', { name: 'Move “dinero devuelto tarde” to a new group' }).check();
    await page.getByRole('button', { name: 'Move 2 wordings to a new group' }).click();
    await page.getByRole('heading', { level: 1, name: 'no me han devuelto el dinero' }).waitFor();
    expect(await page.getByTestId('group-count').textContent()).toBe('4');
    expect([violations, page.errors]).toEqual([[], []]);
  });
});
