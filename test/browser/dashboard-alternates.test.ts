/**
 * Learning from customers who found their answer, in Chromium: the demo
 * shop's FAQ is built, the collector's demo site points at it, and scripted
 * customers find "¿Cómo devuelvo un pedido?" with words the FAQ does not
 * know. The lead opens "Learned wordings", sees the proposal with how many
 * customers asked so (a hostile wording renders as text), accepts it with
 * one click, finds it under Accepted and downloads the export, which holds
 * it; `ayuda build --alternates-from` that file then answers the wording
 * with the entry. A viewer sees the proposals without the buttons. No CSP
 * violation, no serious axe finding.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { runBuild } from '../../cli/commands/build.ts';
import { DEMO_FAQ } from '../../demo/server.ts';
import { createSearchEngine } from '../../widget/src/search/engine.ts';
import type { FaqIndex } from '../../widget/src/search/index-format.ts';
import { ADMIN, VIEWER } from '../dashboard/live-dashboard.ts';
import { store } from '../dashboard/seed.ts';
import { visit } from '../dashboard/seed-reads.ts';
import { seriousViolations } from './axe.ts';
import { useChromium } from './chromium.ts';
import { tempDir } from './use-demo.ts';
import { logIn, useLiveDashboard } from './use-live-dashboard.ts';

vi.setConfig({ testTimeout: 120_000 });

const WORDING = 'la freidora hace un ruido raro y la quiero mandar de vuelta';
const HOSTILE = '<img src=x onerror=alert(1)> se la mando de vuelta';
const ENTRY = '¿Cómo devuelvo un pedido?';
const quiet = { stdout: () => {}, stderr: () => {} };
const chromium = useChromium();
let dir = '';

beforeAll(async () => {
  dir = tempDir('alternates-');
  expect(await runBuild(DEMO_FAQ, { out: join(dir, 'ayuda'), widget: false }, quiet)).toBe(0);
}, 180_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
const live = useLiveDashboard(() => ({ faq: join(dir, 'ayuda', 'faq-index.json'), seed: ({ db }) => seed(db) }));

function seed(db: Parameters<typeof store>[0]) {
  const at = Date.now() - 3 * 3_600_000;
  const s = (n: number) => visit({ session: `sess-browser${n}`, path: '/centro-de-ayuda/' });
  return store(db, [
    s(1).search(at, WORDING, 'weak'), s(1).read(at + 5_000, 'devolver-pedido', WORDING),
    s(2).read(at + 60_000, 'devolver-pedido', WORDING), s(2).feedback(at + 90_000, 'devolver-pedido', true, WORDING),
    s(3).read(at + 120_000, 'devolver-pedido', HOSTILE),
    // Read, then gave up: not resolved, not proposed.
    s(4).read(at, 'devolver-pedido', 'quiero devolverlo por correo certificado'), s(4).gaveUp(at + 30_000, 'quiero devolverlo por correo certificado'),
  ]);
}

async function signIn(page: Page & { errors: string[] }, email: string): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => seen.push(`dialog ${dialog.message()}`)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`csp-violation ${e.violatedDirective}`));
  });
  page.on('console', (m) => /csp-violation|refused to/i.test(m.text()) && seen.push(m.text()));
  await logIn(page, email, { url: live.url });
  await page.getByRole('link', { name: 'Learned wordings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Learned wordings' }).waitFor();
  return async () => [...seen, ...page.errors];
}

describe('learned wordings in Chromium', () => {
  it('a lead accepts a proposal with one click, and the export and a rebuilt FAQ have it', async () => {
    const page = await chromium.page({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const problems = await signIn(page, ADMIN);
    const entry = page.getByRole('region', { name: new RegExp(`^${ENTRY.replace(/[?¿]/g, '.')} devolver-pedido$`) });
    await entry.waitFor();
    const rows = () => entry.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td.num')!.textContent]));
    expect(await rows()).toEqual([[WORDING, '2'], [HOSTILE, '1']]);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.getByText('correo certificado').count()).toBe(0);
    expect(await seriousViolations(page), 'learned wordings').toEqual([]);

    // One click; undone with one more, then accepted again.
    const accept = () => entry.getByRole('button', { name: `Accept “${WORDING}”` }).click();
    await accept();
    const status = page.getByRole('status').filter({ hasText: `Accepted “${WORDING}”, for the entry ${ENTRY}` });
    await status.waitFor();
    await expect.poll(rows).toEqual([[HOSTILE, '1']]);
    await status.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(rows).toEqual([[WORDING, '2'], [HOSTILE, '1']]);
    await accept();
    await expect.poll(rows).toEqual([[HOSTILE, '1']]);

    await page.getByRole('navigation', { name: 'Status' }).getByRole('link', { name: 'Accepted' }).click();
    const accepted = page.getByRole('row', { name: new RegExp(WORDING) });
    await accepted.waitFor();
    expect(await accepted.textContent()).toContain(ADMIN);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download accepted wordings (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('alternates-demo.json');
    const file = (await download.path())!;
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ 'devolver-pedido': [WORDING] });

    // The FAQ learns it: rebuilt with the export, it answers the wording with the entry.
    const out = join(dir, 'rebuilt');
    expect(await runBuild(DEMO_FAQ, { out, widget: false, alternatesFrom: file }, quiet)).toBe(0);
    const engine = createSearchEngine(JSON.parse(readFileSync(join(out, 'faq-index.json'), 'utf8')) as FaqIndex);
    const result = engine.search(WORDING, { locale: 'es' });
    expect([result.hits[0]?.id, result.decision]).toEqual(['devolver-pedido', 'answered']);
    expect(await problems()).toEqual([]);
  });

  it('shows a viewer the proposals without the buttons', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 900 } });
    const problems = await signIn(page, VIEWER);
    await page.getByText('Only admins accept or reject wordings', { exact: false }).waitFor();
    await page.getByRole('row', { name: new RegExp(HOSTILE.slice(0, 10)) }).waitFor();
    expect(await page.getByRole('button', { name: /^(Accept|Reject)/ }).count()).toBe(0);
    expect(await problems()).toEqual([]);
  });
});
