/**
 * Every unanswered question reaches the collector, in Chromium against the
 * demo shop and the real collector (SQLite file read directly):
 * - asked offline, kept across a reload, delivered once when back online,
 *   without the customer opening help again;
 * - asked while the collector is down, delivered once it is back;
 * - a 429 with Retry-After is honoured;
 * - two tabs of the same site: each event is sent once;
 * - a backlog larger than the page's 64 KB keepalive budget drains in one flush.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { LOCKED_RETRY_MS } from '../../widget/src/outbox/create-outbox.ts';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { useCollector } from './use-collector.ts';
import { useDemo } from './use-demo.ts';

vi.setConfig({ testTimeout: 120_000 });

const collector = useCollector();
const demo = useDemo({ collector: () => collector.url });
const chromium = useChromium();

/** Questions the demo shop's FAQ cannot answer (decision none or weak). */
const UNANSWERABLE = ['receta de paella valenciana', 'horóscopo de leo', 'aparcar un camión', 'traducir al alemán', 'cotización del bitcoin'];

/** Ask each question as a customer would, letting each settle (the panel reports a search after a 1 s pause). */
async function ask(help: HelpWidget, questions: string[]): Promise<void> {
  for (const q of questions) {
    await help.search(q);
    await help.page.waitForTimeout(1300);
  }
}

/** Items waiting in the page's outbox (IndexedDB `ayuda-demo`), without creating the database if it is not there. */
function queued(page: Page): Promise<number> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'ayuda-demo')) return 0;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('ayuda-demo');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const count = db.transaction('items').objectStore('items').count();
        count.onsuccess = () => (db.close(), resolve(count.result));
      };
    });
  });
}

/** The stored questions, as [type, query] pairs sorted by query. */
function stored(): [string, string | null][] {
  return collector
    .rows()
    .map((r): [string, string | null] => [r.type, r.query])
    .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
}

/** Every event id posted to the collector by pages of `page`'s context, one entry per request. */
function watchPosts(page: Page): string[][] {
  const posts: string[][] = [];
  page.context().on('request', (request: Request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/v1/events')) return;
    const body = JSON.parse(request.postData() ?? '{}') as { events?: { id: string }[] };
    posts.push((body.events ?? []).map((e) => e.id));
  });
  return posts;
}

describe('outbox delivery', () => {
  it('five questions asked offline survive a reload and arrive exactly once when back online, without opening help again', async () => {
    collector.clear();
    const page = await chromium.page();
    const context = page.context();
    await page.goto(`${demo.url}/`);
    const help = new HelpWidget(page, 'es');
    await help.openWithLauncher();

    await context.setOffline(true);
    await ask(help, UNANSWERABLE);
    await help.close();
    await expect.poll(() => queued(page)).toBe(5);
    expect(collector.rows()).toEqual([]);

    // Back online, but the collector unreachable: the reload must not depend on a send before it.
    await collector.stop();
    await context.setOffline(false);
    const outboxLoaded = page.waitForRequest(/\/ayuda\/outbox\.[0-9a-f]{8}\.js$/);
    await page.reload();
    await outboxLoaded; // at idle, because items are pending: help was not opened
    await expect.poll(() => queued(page)).toBe(5);
    expect(await help.panel.count()).toBe(0);

    await context.setOffline(true);
    await collector.start();
    await context.setOffline(false); // "online" sends at once
    await expect.poll(() => collector.rows().length, { timeout: 15_000 }).toBe(5);
    expect(stored()).toEqual(
      [...UNANSWERABLE].sort((a, b) => a.localeCompare(b)).map((q) => [q === UNANSWERABLE[4] ? 'gave_up' : 'search', q]),
    );
    expect(collector.rows().every((r) => r.reason !== null && r.site === 'demo' && r.path === '/')).toBe(true);
    await expect.poll(() => queued(page)).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('ayuda-pending:demo'))).toBeNull();
    await page.waitForTimeout(1500);
    expect(collector.rows()).toHaveLength(5);
    expect(page.errors).toEqual([]);
  });

  it('questions asked while the collector is down arrive once it is back', async () => {
    collector.clear();
    const page = await chromium.page();
    await page.goto(`${demo.url}/en/`);
    const help = new HelpWidget(page, 'en');
    await help.openWithLauncher();
    await collector.stop();
    const questions = ['paella recipe', 'weather in madrid tomorrow', 'bitcoin price today'];
    await ask(help, questions);
    await help.close();
    await page.waitForTimeout(2000); // at least one failed attempt
    await collector.start();
    await expect.poll(() => collector.rows().length, { timeout: 40_000, interval: 500 }).toBe(3);
    expect(stored().map(([, q]) => q)).toEqual([...questions].sort());
    expect(page.errors).toEqual([]);
  });

  it('waits as long as a 429 Retry-After says, then delivers', async () => {
    collector.clear();
    const page = await chromium.page();
    const attempts: number[] = [];
    await page.route(`${collector.url}/v1/events`, async (route) => {
      attempts.push(Date.now());
      if (attempts.length > 1) return route.fallback();
      await route.fulfill({
        status: 429,
        headers: {
          'retry-after': '4',
          'access-control-allow-origin': demo.url,
          'access-control-expose-headers': 'Retry-After',
          'content-type': 'application/json',
        },
        body: '{"error":"rate_limited","path":"$","message":"slow down"}',
      });
    });
    await page.goto(`${demo.url}/en/`);
    const help = new HelpWidget(page, 'en');
    await help.openWithLauncher();
    await ask(help, ['paella recipe']);
    await help.close();
    await expect.poll(() => collector.rows().length, { timeout: 20_000 }).toBe(1);
    expect(attempts).toHaveLength(2);
    const waited = attempts[1]! - attempts[0]!;
    expect(waited).toBeGreaterThanOrEqual(3900);
    expect(waited).toBeLessThan(8000);
    expect(page.errors).toEqual([]);
  });

  it('drains a backlog of 400 events (150 KB, over the 64 KB keepalive budget) in one flush, 100 per request', async () => {
    collector.clear();
    const page = await chromium.page();
    const posts = watchPosts(page);
    await page.goto(`${demo.url}/en/`);
    const chunk = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src*="ayuda.js"]')!.src);
    const outboxUrl = await page.evaluate(async (launcher) => {
      const text = await (await fetch(launcher)).text();
      return new URL(/outbox\.[0-9a-f]{8}\.js/.exec(text)![0], launcher).href;
    }, chunk);
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const left = await page.evaluate(`(async () => {
      const { startRecording } = await import(${JSON.stringify(outboxUrl)});
      const { outbox } = startRecording({ collector: ${JSON.stringify(collector.url)}, site: 'demo', lang: 'en' });
      const at = Date.now();
      for (let i = 0; i < 400; i++) {
        const id = at.toString(36) + 'backlog' + String(i).padStart(5, '0');
        const body = { v: 1, id, type: 'search', site: 'demo', session: 'backlogsession01', at, locale: 'en', path: '/en/', query: 'question number ' + i + ' ' + 'x'.repeat(250), decision: 'none' };
        await outbox.add({ id, kind: 'event', body });
      }
      await outbox.flush('timer');
      return outbox.pending();
    })()`);
    expect(left).toBe(0);
    expect(collector.rows()).toHaveLength(400);
    expect(posts.map((p) => p.length)).toEqual([100, 100, 100, 100]);
  });

  it('two tabs of the same site: one sends at a time, each event once', async () => {
    collector.clear();
    const first = await chromium.page();
    const context = first.context();
    const second = await context.newPage();
    const posts = watchPosts(first);
    const tabs = [first, second];
    for (const [i, page] of tabs.entries()) {
      await page.goto(`${demo.url}/${i ? 'en/' : ''}`);
      await new HelpWidget(page, i ? 'en' : 'es').openWithLauncher();
    }
    await context.setOffline(true);
    await ask(new HelpWidget(first, 'es'), ['receta de paella valenciana', 'horóscopo de leo']);
    await ask(new HelpWidget(second, 'en'), ['paella recipe', 'weather in madrid tomorrow']);
    await expect.poll(() => queued(first)).toBe(2); // each tab holds back its last none/weak search until it knows more
    await new HelpWidget(first, 'es').close();
    await new HelpWidget(second, 'en').close();
    await expect.poll(() => queued(second)).toBe(4);

    posts.length = 0; // offline attempts never left the browser
    await context.setOffline(false); // both tabs hear "online"
    await expect.poll(() => collector.rows().length, { timeout: 20_000 }).toBe(4);
    await first.waitForTimeout(LOCKED_RETRY_MS + 1000); // the other tab looks again once the lock is free
    const sent = posts.flat();
    expect(sent).toHaveLength(4);
    expect(new Set(sent)).toEqual(new Set(collector.rows().map((r) => r.id)));
    expect(collector.rows()).toHaveLength(4);
  });
});
