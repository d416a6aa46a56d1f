import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../widget/src/search/build-index.ts';
import { smallFaq } from '../../widget/src/search/__fixtures__/small-faq.ts';
import { createFaqCatalog } from './faq-catalog.ts';

const dir = mkdtempSync(join(tmpdir(), 'ayuda-faq-catalog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const full = JSON.stringify(buildSearchIndex(smallFaq));
const fewer = JSON.stringify(buildSearchIndex({ ...smallFaq, entries: smallFaq.entries.slice(0, 3) }));

function clock() {
  let t = 1_000_000;
  return { now: () => t, pass: (ms: number) => void (t += ms) };
}

describe('createFaqCatalog', () => {
  it('treats a missing file as no FAQ, logs it once, and loads the build once it appears (re-checked each minute)', async () => {
    const file = join(dir, 'later.json');
    const logged: string[] = [];
    const c = clock();
    const faqs = createFaqCatalog({ sourceOf: (k) => (k === 'demo' ? file : undefined), log: (m) => logged.push(m), now: c.now });
    expect(await faqs.get('demo')).toBeUndefined();
    c.pass(61_000);
    expect(await faqs.get('demo')).toBeUndefined();
    expect(logged).toEqual([`site "demo": cannot load its FAQ index ${file}: no such file (run \`ayuda build\` first) (no entry titles or learned alternates until it can be read)`]);
    expect(faqs.state('demo')).toEqual({ source: file, problem: 'no such file (run `ayuda build` first)' });

    writeFileSync(file, full);
    expect(await faqs.get('demo')).toBeUndefined(); // not re-checked within the minute
    c.pass(61_000);
    const faq = await faqs.get('demo');
    expect(faq?.titles.get('es-devolucion')).toBe('¿Cómo hago la devolución de un pedido?');
    expect(faq?.engine.search('devolver un producto', { locale: 'es' }).hits[0]?.id).toBe('es-devolucion');
    expect(faqs.state('demo')).toEqual({ source: file, entries: 16 });
    expect(await faqs.get('other')).toBeUndefined();
    expect(faqs.state('other')).toBeUndefined();
  });

  it('notices a new build by mtime and size, and keeps the same engine while nothing changed', async () => {
    const file = join(dir, 'rebuilt.json');
    writeFileSync(file, full);
    const c = clock();
    const faqs = createFaqCatalog({ sourceOf: () => file, now: c.now });
    const first = await faqs.get('demo');
    c.pass(61_000);
    expect(await faqs.get('demo')).toBe(first);
    writeFileSync(file, fewer);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(await faqs.get('demo')).toBe(first);
    c.pass(61_000);
    const second = await faqs.get('demo');
    expect(second?.titles.size).toBe(3);
    expect(second?.version).not.toBe(first?.version);
  });

  it('keeps the last good index when a build is broken, and logs the problem once', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, full);
    const logged: string[] = [];
    const c = clock();
    const faqs = createFaqCatalog({ sourceOf: () => file, log: (m) => logged.push(m), now: c.now });
    const good = await faqs.get('demo');
    writeFileSync(file, '{"format":"something else"}');
    utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    c.pass(61_000);
    expect(await faqs.get('demo')).toBe(good);
    c.pass(61_000);
    await faqs.get('demo');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/not an Ayuda FAQ index .* \(the last one loaded stays in use\)$/);
  });

  it('fetches a URL with If-None-Match, keeps the index on 304, and follows a new ETag', async () => {
    const calls: (string | undefined)[] = [];
    let body = full;
    let etag = '"v1"';
    const fake = (async (_url: string, init?: RequestInit) => {
      const sent = (init?.headers as Record<string, string>)['if-none-match'];
      calls.push(sent);
      if (sent === etag) return new Response(null, { status: 304 });
      return new Response(body, { status: 200, headers: { etag } });
    }) as typeof fetch;
    const c = clock();
    const faqs = createFaqCatalog({ sourceOf: () => 'https://shop.example/ayuda/faq-index.json', fetch: fake, now: c.now });
    const first = await faqs.get('shop');
    expect(first?.titles.size).toBe(16);
    await faqs.get('shop');
    c.pass(61_000);
    expect(await faqs.get('shop')).toBe(first);
    body = fewer;
    etag = '"v2"';
    c.pass(61_000);
    expect((await faqs.get('shop'))?.titles.size).toBe(3);
    expect(calls).toEqual([undefined, '"v1"', '"v1"']);
  });

  it('loads once for concurrent requests, and forgets a site whose source changed', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    writeFileSync(a, full);
    writeFileSync(b, fewer);
    let source = a;
    const faqs = createFaqCatalog({ sourceOf: () => source });
    const [x, y] = await Promise.all([faqs.get('demo'), faqs.get('demo')]);
    expect(x).toBe(y);
    source = b;
    expect((await faqs.get('demo'))?.titles.size).toBe(3);
  });
});
