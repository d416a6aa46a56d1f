/**
 * `npm run bench:network`: what a page view and the first interaction cost
 * on slow networks, in Chromium with the CPU slowed 4× (issue 13). Per
 * network (none, DevTools' Fast 3G and Slow 3G), median of RUNS fresh
 * page loads of the demo shop (/en/):
 *   - bytes the widget transfers when help is never opened (load + 5 s);
 *   - a tap on the launcher: until a dialog shows (the frame ayuda.js draws at
 *     once, or the panel) and the launcher says so (`aria-expanded`),
 *     until the panel's search box has focus, and the bytes that took;
 *   - the first query ("return an order") until its results show.
 * Prints figures; asserts nothing.
 */
import { join, resolve } from 'node:path';
import { rmSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { startDemo } from '../demo/server.ts';
import { launchChromium } from '../test/browser/chromium.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = resolve(ROOT, '.tmp/network-bench');
const RUNS = Number(process.env.NETWORK_RUNS ?? 3);
const CPU_SLOWDOWN = 4;
/** Chrome DevTools' presets (throughput in bytes/s, latency in ms). */
const NETWORKS = [
  { name: 'no throttling', conditions: undefined },
  { name: 'Fast 3G', conditions: { latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 } },
  { name: 'Slow 3G', conditions: { latency: 2000, downloadThroughput: (500 * 1024 * 0.8) / 8, uploadThroughput: (500 * 1024 * 0.8) / 8 } },
] as const;

interface Figures { viewBytes: number; expandedMs: number; readyMs: number; tapBytes: number; firstResultsMs: number; searchBytes: number }

const widgetFile = /\/ayuda\//;

/** With NETWORK_WATERFALL=1: each widget request of the tap, when it started and ended (s after the first one). */
const WATERFALL = !!process.env.NETWORK_WATERFALL;

/** Bytes on the wire per request, for the widget's files (and, for the waterfall, when each started and ended). */
function countBytes(cdp: CDPSession): { bytes: () => number; requests: () => { url: string; start: number; end?: number }[] } {
  const urls = new Map<string, { url: string; start: number; end?: number }>();
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; timestamp: number; request: { url: string } }) => void urls.set(e.requestId, { url: e.request.url, start: e.timestamp }));
  cdp.on('Network.loadingFinished', (e: { requestId: string; timestamp: number; encodedDataLength: number }) => {
    const r = urls.get(e.requestId);
    if (r) r.end = e.timestamp;
    if (widgetFile.test(r?.url ?? '')) bytes += e.encodedDataLength;
  });
  return { bytes: () => bytes, requests: () => [...urls.values()] };
}

async function once(browser: Browser, url: string, conditions: (typeof NETWORKS)[number]['conditions']): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (conditions) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const net = countBytes(cdp);
    const bytes = net.bytes;
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(5000); // a visitor reading the page without opening help
    const viewBytes = bytes();
    const before = net.requests().length;

    const launcher = page.getByRole('button', { name: 'Help', exact: true });
    await launcher.waitFor({ timeout: 120_000 });
    // Measured in the page: from the pointer going down to the next frame once a dialog is shown
    // (the frame ayuda.js draws, or the panel), with the launcher saying it is expanded.
    await page.evaluate(() => {
      const w = window as unknown as { __tap?: number; __expanded?: number };
      const root = document.querySelector('[data-ayuda-root]')!.shadowRoot!;
      addEventListener('pointerdown', (e) => (w.__tap ??= e.timeStamp), { capture: true });
      new MutationObserver(() => {
        const shown = root.querySelector('[aria-expanded="true"]') && root.querySelector('[role="dialog"]');
        if (shown && w.__expanded === undefined) requestAnimationFrame(() => (w.__expanded ??= performance.now()));
      }).observe(root, { attributes: true, childList: true, subtree: true });
    });
    const t0 = Date.now();
    await launcher.click();
    await page.waitForFunction(() => (window as unknown as { __expanded?: number }).__expanded !== undefined, undefined, { timeout: 120_000, polling: 'raf' });
    const expandedMs = await page.evaluate(() => {
      const w = window as unknown as { __tap: number; __expanded: number };
      return w.__expanded - w.__tap;
    });
    await page.waitForFunction(() => document.querySelector('[data-ayuda-root]')?.shadowRoot?.activeElement instanceof HTMLInputElement, undefined, { timeout: 120_000, polling: 'raf' });
    const readyMs = Date.now() - t0;
    const tapBytes = bytes() - viewBytes;
    if (WATERFALL) {
      const tap = net.requests().slice(before);
      const first = Math.min(...tap.map((r) => r.start));
      for (const r of tap) console.log(`    ${(r.start - first).toFixed(2)}–${r.end === undefined ? '…' : (r.end - first).toFixed(2)} s  ${r.url.replace(/^.*\/ayuda\//, '')}`);
      console.log(`    search box ready ${s(readyMs)} after the click`);
    }

    const t1 = Date.now();
    await page.keyboard.type('return an order');
    await page.getByRole('dialog').getByRole('option').first().waitFor({ timeout: 120_000 });
    const firstResultsMs = Date.now() - t1;
    return { viewBytes, expandedMs, readyMs, tapBytes, firstResultsMs, searchBytes: bytes() - viewBytes - tapBytes };
  } finally {
    await context.close();
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (b: number): string => `${(b / 1024).toFixed(1)} KiB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

rmSync(WORK, { recursive: true, force: true });
const demo = await startDemo({ port: 0, out: join(WORK, 'demo'), io: { stdout: () => {}, stderr: (t) => void process.stderr.write(t) } });
const browser = await launchChromium();
try {
  console.log(`Demo shop /en/, CPU slowed ${CPU_SLOWDOWN}×, cache disabled, median of ${RUNS} page loads; Chromium ${browser.version()}`);
  console.log('| network | widget bytes per page view (help never opened) | tap → dialog shown (the frame; pointerdown → next frame, in the page) | tap → search box ready | bytes for the tap | first query → results | bytes for the first query |');
  console.log('|---|---|---|---|---|---|---|');
  for (const { name, conditions } of NETWORKS) {
    const runs: Figures[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(browser, `${demo.url}/en/`, conditions));
    const m = (k: keyof Figures) => median(runs.map((r) => r[k]));
    console.log(`| ${name} | ${kb(m('viewBytes'))} | ${m('expandedMs').toFixed(0)} ms | ${s(m('readyMs'))} | ${kb(m('tapBytes'))} | ${s(m('firstResultsMs'))} | ${kb(m('searchBytes'))} |`);
  }
} finally {
  await browser.close();
  await demo.close();
}
