/**
 * The support lead's journey in Chromium, on seeded data: log in → the
 * groups with the right counts → filter → download the view (it matches
 * the table) → open a group, mark it fixed with its FAQ entry → the rates
 * before and after the fix are shown. Along the way: no CSP violation, axe
 * finds nothing serious on any dashboard page, and an XSS corpus typed by
 * customers renders as text.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { answered, DAY, store, unanswered } from '../dashboard/seed.ts';
import { XSS_CORPUS } from '../dashboard/xss-corpus.ts';
import { ADMIN, VIEWER } from '../dashboard/live-dashboard.ts';
import { dayOf } from '../../server/dashboard/queries/filters.ts';
import { useChromium } from './chromium.ts';
import { seriousViolations } from './axe.ts';
import { logIn, useLiveDashboard } from './use-live-dashboard.ts';

vi.setConfig({ testTimeout: 60_000 });

const chromium = useChromium();
const NOW = Date.now();
const ago = (days: number): number => NOW - days * DAY;
/** The fix went live 10 days ago. */
const FIX_DAY = Date.parse(`${dayOf(ago(10))}T00:00:00Z`);

/** Known groups, all within the default 30 days except the fixed group's oldest questions. */
function seed() {
  const events = [];
  const spread = (query: string, n: number, extra: object = {}) => {
    for (let i = 0; i < n; i++) events.push(unanswered({ query, at: ago(1 + (i % 20)) + i * 1000, session: `sess-${query.length}${String(i).padStart(7, '0')}`, ...extra }));
  };
  spread('¿Puedo pagar a plazos?', 9);
  spread('pagar a plazos', 3, { reason: 'gave_up', entry: 'formas-de-pago' });
  spread('Do you ship to the Canary Islands?', 5, { locale: 'en', reason: 'weak_match', entry: 'shipping-countries' });
  spread('ship to canary islands', 2, { locale: 'en' });
  XSS_CORPUS.forEach((query, i) => events.push(unanswered({ query, at: ago(2) + i, locale: 'en', path: '/help/<b>x</b>' })));
  // The fixed group: one question a day for 28 days before the fix, one in the 10 days after.
  for (let i = 1; i <= 28; i++) events.push(unanswered({ query: 'cambiar la dirección de envío', at: FIX_DAY - i * DAY + 7_200_000, session: `sess-fix${String(i).padStart(5, '0')}` }));
  events.push(unanswered({ query: 'cambiar dirección de envío', at: FIX_DAY + 3 * DAY, session: 'sess-fix99999' }));
  for (let i = -28; i < 10; i++) for (let j = 0; j < 10; j++) events.push(answered(FIX_DAY + i * DAY + j * 60_000));
  return events;
}

/** In the default view (the last 30 days): questions of the fixed group. */
const FIXED_IN_VIEW = Array.from({ length: 28 }, (_, i) => FIX_DAY - (i + 1) * DAY + 7_200_000).filter((at) => at >= Date.parse(`${dayOf(ago(29))}T00:00:00Z`)).length + 1;

const live = useLiveDashboard({
  seed: async ({ db, k }) => {
    await store(db, seed());
    await k.insertInto('handoffs').values({
      id: 'h-xss', reference: 'AY-7K3Q', site: 'demo', session: 'sess-h0000001', created_at: NOW, status: 'open',
      contact_name: '<b>Ana</b>', contact_email: 'ana@example.com', question: XSS_CORPUS[1]!, details: XSS_CORPUS[0]!, channel: 'inbox',
      // As the widget's inbox format stores it: where they were, the steps, then what the site told.
      transcript: JSON.stringify([
        { type: 'handoff', at: NOW, path: `/ayuda/${XSS_CORPUS[3]}`, locale: 'es-ES', timeZone: 'Europe/Madrid', requested: 'whatsapp' },
        { type: 'search', at: NOW - 60_000, text: XSS_CORPUS[2], query: XSS_CORPUS[2], decision: 'none' },
        { type: 'read', at: NOW - 30_000, text: 'Leyó «Envíos» (12 s)', entry: 'envios' },
        { type: 'site', traits: { plan: XSS_CORPUS[4] }, context: { sku: 'LU-8' } },
      ]),
    }).execute();
  },
});

async function watch(page: Page & { errors: string[] }): Promise<{ problems: () => Promise<string[]> }> {
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/content security policy|refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => ((window as unknown as { __csp: string[] }).__csp ??= []).push(`${e.effectiveDirective} ${e.blockedURI}`), true);
  });
  return { problems: async () => [...problems, ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)) ?? []), ...page.errors.map((e) => `error: ${e}`)] };
}

async function logInFromHome(page: Page, email = ADMIN): Promise<void> {
  await page.goto(`${live.url}/dashboard/`);
  await page.waitForURL(/\/dashboard\/login\?next=/);
  await logIn(page, email);
  await page.getByRole('heading', { name: 'Unanswered questions' }).waitFor();
}

/** The groups table as [wording, questions] rows. */
async function tableRows(page: Page): Promise<[string, number][]> {
  await page.locator('table.groups tbody tr').first().waitFor();
  return page.locator('table.groups tbody tr').evaluateAll((rows) =>
    rows.map((r) => [r.querySelector('th')!.textContent!, Number(r.querySelector('[data-col="count"]')!.textContent!.replace(/,/g, ''))] as [string, number]),
  );
}

describe('the support dashboard in Chromium', () => {
  it('a support lead logs in, finds the groups, filters, exports what is shown, marks a fix and sees the rates before and after', async () => {
    const page = await chromium.page({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const watched = await watch(page);
    await logInFromHome(page);
    expect(page.url()).toBe(`${live.url}/dashboard/`);

    const rows = await tableRows(page);
    const count = (wording: string): number | undefined => rows.find(([w]) => w === wording)?.[1];
    expect(count('¿Puedo pagar a plazos?')).toBe(12);
    expect(count('Do you ship to the Canary Islands?')).toBe(7);
    expect(count('cambiar la dirección de envío')).toBe(FIXED_IN_VIEW);
    expect(rows[0]).toEqual(['cambiar la dirección de envío', FIXED_IN_VIEW]);
    expect(await page.getByTestId('total-questions').textContent()).toBe(String(12 + 7 + XSS_CORPUS.length + FIXED_IN_VIEW));

    // Filter: English only.
    await page.getByLabel('Language').selectOption('en');
    await page.waitForURL(/lang=en/);
    await expect.poll(async () => (await tableRows(page)).every(([w]) => !/plazos|dirección/.test(w))).toBe(true);
    const english = await tableRows(page);
    expect(english[0]).toEqual(['Do you ship to the Canary Islands?', 7]);

    // The download holds exactly what the table shows, in the same order.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/^ayuda-groups-.*\.csv$/);
    const csv = parse(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as { representative: string; count: string }[];
    expect(csv.map((r) => [r.representative.replace(/^'(?=[=+\-@\t\r])/, ''), Number(r.count)])).toEqual(english);

    // Open the fixed group, mark it published with its entry and fix date.
    await page.getByLabel('Language').selectOption('');
    await page.getByRole('link', { name: 'cambiar la dirección de envío' }).click();
    await page.getByRole('heading', { level: 1, name: 'cambiar la dirección de envío' }).waitFor();
    expect(await page.getByText('Set a fix date').isVisible()).toBe(true);
    await page.getByLabel('Owner').fill('Logistics team');
    await page.getByLabel('Status').selectOption('published');
    await page.getByLabel('FAQ entry id').fill('cambiar-direccion');
    await page.getByLabel('Fixed on (UTC)').fill(dayOf(FIX_DAY));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Verified by the data').waitFor();
    // 28 questions in 28 days (~11 searches a day) before; 1 in 10 days after.
    const before = await page.getByTestId('rate-before').textContent();
    const after = await page.getByTestId('rate-after').textContent();
    expect(Number(before!.split(' ')[0])).toBeGreaterThan(80);
    expect(Number(after!.split(' ')[0])).toBeLessThan(15);
    expect(before).toMatch(/per 1,000 searches/);
    await page.locator('.impact .chart canvas').first().waitFor();

    // Measured, so "verified" is accepted now.
    await page.getByLabel('Status').selectOption('verified');
    await page.getByRole('button', { name: 'Save' }).click();
    // "Saved." may still show from the save before: wait for the stored row itself.
    await expect
      .poll(() => live.k.selectFrom('question_groups').select(['status', 'owner', 'entry_id', 'fixed_at']).where('status', '=', 'verified').execute())
      .toEqual([{ status: 'verified', owner: 'Logistics team', entry_id: 'cambiar-direccion', fixed_at: FIX_DAY }]);
    await page.getByText('Saved.').waitFor();

    // The FAQ snippet downloads with the customers' own wordings.
    const [snippet] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download FAQ snippet/ }).click()]);
    const markdown = readFileSync((await snippet.path())!, 'utf8');
    expect(markdown).toContain('## cambiar la dirección de envío\nid: cambiar-direccion\nlocale: es\nalternates: "cambiar dirección de envío"');

    expect(await watched.problems()).toEqual([]);
  });

  it('renders customer text as text: an XSS corpus in questions runs nothing', async () => {
    const page = await chromium.page({ viewport: { width: 1400, height: 900 } });
    const watched = await watch(page);
    await logInFromHome(page);
    await page.goto(`${live.url}/dashboard/?lang=en`);
    await tableRows(page);
    const listed = await page.locator('table.groups tbody th a').evaluateAll((as) => as.map((a) => [a.textContent!, (a as HTMLAnchorElement).href]));
    const hostile = listed.filter(([wording]) => !/canary/i.test(wording!));
    for (const [wording] of hostile) expect(XSS_CORPUS.map((x) => x.trim())).toContain(wording);
    // Every question, as typed, on its group's page.
    const links = hostile.map(([, href]) => href!);
    const questions: string[] = [];
    for (const href of links) {
      await page.goto(href);
      await page.locator('table.questions tbody tr').first().waitFor();
      expect(await page.locator('main img, main iframe, main svg:not(.sparkline), main script, main style').count(), href).toBe(0);
      questions.push(...(await page.locator('table.questions td.question').allTextContents()));
      expect(await page.locator('table.questions td code').first().textContent()).toBe('/help/<b>x</b>');
    }
    expect(questions.sort()).toEqual([...XSS_CORPUS].sort());

    // A hand-off's question, details, contact and transcript too; the reply link encodes them.
    await page.goto(`${live.url}/dashboard/inbox?q=7k3q`);
    await page.getByRole('link', { name: 'AY-7K3Q' }).click();
    await page.getByRole('heading', { name: 'Hand-off AY-7K3Q' }).waitFor();
    expect(await page.locator('main p.question').allTextContents()).toEqual([XSS_CORPUS[1], XSS_CORPUS[0]]);
    // The steps in order, to the second; where they were and what the site told apart from them.
    expect(await page.locator('ol.transcript > li > span:not(.dates)').allTextContents()).toEqual([XSS_CORPUS[2], 'Leyó «Envíos» (12 s)']);
    expect(await page.locator('ol.transcript > li > .dates').allTextContents()).toEqual([
      `${new Date(NOW - 60_000).toISOString().slice(0, 10)} ${new Date(NOW - 60_000).toISOString().slice(11, 19)} UTC `,
      `${new Date(NOW - 30_000).toISOString().slice(11, 19)} `,
    ]);
    const facts = Object.fromEntries(await page.locator('dl.facts > div').evaluateAll((ds) => ds.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent])));
    expect(facts).toMatchObject({ Page: `/ayuda/${XSS_CORPUS[3]}`, Language: 'es-ES', 'Time zone': 'Europe/Madrid', 'Asked for': 'whatsapp' });
    const fromSite = page.getByRole('region', { name: 'From the site' });
    expect(await fromSite.locator('dt').allTextContents()).toEqual(['plan', 'sku']);
    expect(await fromSite.locator('dd').allTextContents()).toEqual([XSS_CORPUS[4], 'LU-8']);
    const mailto = await page.getByRole('link', { name: 'Reply by email' }).getAttribute('href');
    expect(mailto).toBe(`mailto:ana%40example.com?subject=${encodeURIComponent(`[AY-7K3Q] ${XSS_CORPUS[1]}`)}`);
    expect(await page.locator('main img, main iframe, main svg, main script, main style, main b').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await watched.problems()).toEqual([]);
  });

  it('has no serious or critical axe violation on any dashboard page, and viewers cannot edit', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${live.url}/dashboard/login`);
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    expect(await seriousViolations(page), 'login').toEqual([]);
    await logInFromHome(page, VIEWER);
    const group = await live.k.selectFrom('question_groups').select('id').orderBy('id').executeTakeFirstOrThrow();
    for (const [path, ready] of [
      ['/dashboard/', 'table.groups'],
      [`/dashboard/groups/${group.id}`, 'table.questions'],
      ['/dashboard/measures', '.card .chart canvas'],
      ['/dashboard/inbox', 'main table tbody tr'],
    ] as const) {
      await page.goto(`${live.url}${path}`);
      await page.locator(ready).first().waitFor();
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.goto(`${live.url}/dashboard/inbox/h-xss`);
    await page.getByText('What the customer already did').waitFor();
    expect(await seriousViolations(page), 'hand-off').toEqual([]);
    await page.goto(`${live.url}/dashboard/groups/${group.id}`);
    await page.locator('table.questions').waitFor();
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);

    const admin = await chromium.page({ viewport: { width: 1280, height: 900 } });
    await logInFromHome(admin);
    await admin.getByRole('link', { name: 'Users' }).click();
    await admin.getByRole('heading', { name: 'Add a user' }).waitFor();
    await admin.locator('table tbody tr').first().waitFor();
    expect(await seriousViolations(admin), 'users').toEqual([]);

    // The admin limits the viewer to the shop site: a fieldset of radios and checkboxes, announced when saved.
    await admin.getByRole('button', { name: `Change sites (${VIEWER})` }).click();
    const picker = admin.getByRole('group', { name: `Sites ${VIEWER} sees` });
    await picker.getByRole('radio', { name: 'Only these sites' }).check();
    await picker.getByRole('checkbox', { name: 'shop' }).check();
    expect(await seriousViolations(admin), 'users, choosing sites').toEqual([]);
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByRole('status').filter({ hasText: `${VIEWER} now sees: shop.` }).waitFor();
    // The viewer's next page shows that site only.
    await page.goto(`${live.url}/dashboard/measures`);
    await page.locator('.card .chart canvas').first().waitFor();
    const siteOptions = await page.getByRole('combobox', { name: 'Site' }).locator('option').allTextContents();
    expect(siteOptions).toContain('shop');
    expect(siteOptions).not.toContain('demo');
    await live.k.updateTable('users').set({ sites: null }).where('email', '=', VIEWER).execute();
  });
});
