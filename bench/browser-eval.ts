/**
 * `npm run eval:browser`: what customers see. Each development FAQ
 * (bench/data/faqs/*) is built with `ayuda build`, its script tag pasted into
 * a plain page, and in Debian's Chromium every answerable question is typed
 * into the help panel's combobox, found by role; the figure is the share
 * whose right entry is among the first three options shown, per set and
 * language. For bilingual FAQs the questions are typed on the page of the
 * other language too (a Spanish question on an English page). Print only:
 * a benchmark, not a test.
 *   npm run eval:browser [-- --set NAME] [--json]
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { runBuild } from '../cli/commands/build.ts';
import { launchChromium } from '../test/browser/chromium.ts';
import { LANGUAGES } from '../widget/src/i18n/languages.ts';
import { loadSet, setNames, SETS_DIR, type DevSet } from './lib/dev-sets.ts';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };

function serve(dir: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const lang = /^\/(\w+)\.html$/.exec(path)?.[1];
    if (lang) {
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      return res.end(`<!doctype html><html lang="${lang}"><head><title>FAQ</title></head><body><main><h1>FAQ</h1></main><script async src="/ayuda/ayuda.js"></script></body></html>`);
    }
    try {
      const file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error('outside');
      const data = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(data);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const frame = (page: Page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(null)))));

/** Open help on `page` and type each query; the share whose expected entry's question begins one of the first three options. */
async function shownInBrowser(page: Page, lang: string, queries: { query: string; question: string }[]): Promise<number> {
  const t = LANGUAGES[lang] ?? LANGUAGES.en!;
  await page.getByRole('button', { name: t.title, exact: true }).click();
  const box = page.getByRole('combobox', { name: t.searchLabel, exact: true });
  await box.waitFor();
  let shown = 0;
  for (const { query, question } of queries) {
    await box.fill(query);
    await frame(page);
    // A question in another language loads that language's part: wait for it, then for the search again.
    if (await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /faq-index\.\w+\.\w+\.json/.test(r.name) && !(r as PerformanceResourceTiming).responseEnd))) await page.waitForLoadState('networkidle');
    const options = await page.getByRole('option').allTextContents();
    if (options.slice(0, 3).some((o) => o.startsWith(question))) shown++;
  }
  return shown / (queries.length || 1);
}

interface Row { set: string; queries: string; page: string; n: number; shown3: number }

async function evaluateSet(set: DevSet, page: (lang: string) => Promise<Page>): Promise<Row[]> {
  const question = new Map(set.faq.entries.map((e) => [e.id, e.question]));
  const locales = [...new Set(set.faq.entries.map((e) => e.locale))].sort();
  const rows: Row[] = [];
  for (const lang of [...new Set(set.queries.map((q) => q.locale ?? locales[0]!))].sort()) {
    const queries = set.queries.filter((q) => q.expected && (q.locale ?? locales[0]) === lang).map((q) => ({ query: q.query, question: question.get(q.expected)! }));
    for (const pageLang of [lang, ...locales.filter((l) => l !== lang)]) {
      const p = await page(pageLang);
      // Warm up: the other language's part loads on its first question; measure once it has.
      if (pageLang !== lang) {
        await shownInBrowser(p, pageLang, queries.slice(0, 1));
        await p.waitForLoadState('networkidle');
        await p.keyboard.press('Escape');
        await p.keyboard.press('Escape');
      }
      rows.push({ set: set.name, queries: lang, page: pageLang, n: queries.length, shown3: Math.round((await shownInBrowser(p, pageLang, queries)) * 1000) / 1000 });
      await p.close();
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = process.argv.flatMap((a, i, all) => (all[i - 1] === '--set' ? [a] : []));
  const names = setNames().filter((n) => !wanted.length || wanted.includes(n));
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    for (const name of names) {
      const set = await loadSet(name);
      const dir = await mkdtemp(join(tmpdir(), 'ayuda-browser-eval-'));
      const quiet = { stdout: () => {}, stderr: (s: string) => process.stderr.write(s) };
      if ((await runBuild([join(SETS_DIR, name, 'faq.csv')], { out: join(dir, 'ayuda') }, quiet)) !== 0) throw new Error(`${name}: ayuda build failed`);
      const server = await serve(dir);
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        // A widget that fails (an error thrown, or one it reports with console.warn) would
        // only show as low figures: the evaluation stops with its message instead.
        const failures: string[] = [];
        const failed = (): Error | undefined => (failures.length ? new Error(`${name}: the widget failed in Chromium: ${failures[0]}`) : undefined);
        const measured = await evaluateSet(set, async (lang) => {
          const p = await context.newPage();
          p.on('pageerror', (e) => failures.push(String(e)));
          p.on('console', (m) => void (m.text().startsWith('[ayuda]') && failures.push(m.text())));
          await p.goto(`${base}/${lang}.html`);
          return p;
        }).catch((e: unknown) => {
          throw failed() ?? e;
        });
        const failure = failed();
        if (failure) throw failure;
        rows.push(...measured);
      } finally {
        await context.close();
        server.close();
        await rm(dir, { recursive: true, force: true });
      }
      process.stderr.write(`${name} done\n`);
    }
  } finally {
    await browser.close();
  }
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else {
    console.log('In Chromium, by role: the right entry among the first three options shown\n');
    console.log('| set | questions in | page in | questions | shown@3 |\n|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.set} | ${r.queries} | ${r.page} | ${r.n} | ${r.shown3.toFixed(3)} |`);
  }
}
