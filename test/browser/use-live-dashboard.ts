/**
 * The collector with its dashboard for one test file
 * (test/dashboard/live-dashboard.ts: a fresh database, the real build, an
 * admin and a viewer), started in `beforeAll` after `seed` has filled it, and
 * closed in `afterAll`; and `logIn`, the login form filled as a lead would.
 *
 * @example
 *   const live = useLiveDashboard({ seed: ({ db }) => store(db, events) });
 *   const demo = useDemo({ collector: () => live.url });
 *   it('…', async () => { await logIn(page, ADMIN, { url: live.url }); });
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { PASSWORD, startLiveDashboard, type LiveDashboard } from '../dashboard/live-dashboard.ts';

export type LiveDashboardOptions = Parameters<typeof startLiveDashboard>[0] & {
  /** Rows to store before the first test (events, hand-offs …). */
  seed?: (live: LiveDashboard) => Promise<unknown>;
};

/** `options` may be a function, read in `beforeAll` (for a file made by an earlier `beforeAll`). */
export function useLiveDashboard(options: LiveDashboardOptions | (() => LiveDashboardOptions) = {}): Omit<LiveDashboard, 'close'> {
  let live: LiveDashboard | undefined;
  beforeAll(async () => {
    const { seed, ...start } = typeof options === 'function' ? options() : options;
    live = await startLiveDashboard(start);
    await seed?.(live);
  }, 180_000);
  afterAll(async () => {
    await live?.close();
  });
  const started = (): LiveDashboard => {
    if (!live) throw new Error('the live dashboard is not started yet');
    return live;
  };
  return {
    get url() {
      return started().url;
    },
    get app() {
      return started().app;
    },
    get db() {
      return started().db;
    },
    get k() {
      return started().k;
    },
  };
}

export interface LogInOptions {
  /** The collector's address: the login page is opened there first (without it, the page is on the login form already). */
  url?: string;
  /** Where the login leads (default `/dashboard/`). */
  next?: string;
  /** The form's words in another language than English. */
  labels?: { email: string; password: string; submit: string };
}

/** Log in with the tests' password on the dashboard's login form. */
export async function logIn(page: Page, email: string, { url, next = '/dashboard/', labels = { email: 'Email', password: 'Password', submit: 'Log in' } }: LogInOptions = {}): Promise<void> {
  if (url !== undefined) await page.goto(`${url}/dashboard/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit }).click();
}
