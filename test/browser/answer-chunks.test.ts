/**
 * The index in pieces, in Chromium on the demo shop: help ranks with its
 * language's part, and an answer's chunk is requested only once the customer
 * reads a list of results (the first results' chunks) or opens the answer;
 * a prefetched answer opens at once, offline too; a chunk that fails shows an
 * error with a retry; an answer's address (`#faq/<id>`) opens its answer
 * with its chunk alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { FaqIndex } from '../../widget/src/search/index-format.ts';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { useDemo } from './use-demo.ts';

vi.setConfig({ testTimeout: 90_000 });

const demo = useDemo();
const chromium = useChromium();
const desktop = { viewport: { width: 1280, height: 800 } };

/** Each Spanish entry's answer chunk, as the built part names it. */
function chunkOf(id: string): string {
  const name = readdirSync(demo.out).find((n) => /^faq-index\.es\.[0-9a-f]{8}\.json$/.test(n))!;
  const part = JSON.parse(readFileSync(join(demo.out, name), 'utf8')) as FaqIndex;
  return part.entries.find((e) => e.id === id)!.answers!;
}
const idOf = (question: string): string => {
  const name = readdirSync(demo.out).find((n) => /^faq-index\.es\.[0-9a-f]{8}\.json$/.test(n))!;
  return (JSON.parse(readFileSync(join(demo.out, name), 'utf8')) as FaqIndex).entries.find((e) => question.startsWith(e.question))!.id;
};
/** The answer chunks requested so far, by name. */
const chunksIn = (urls: string[]): string[] => urls.filter((u) => /\/faq-answers\./.test(u)).map((u) => new URL(u).pathname.split('/').pop()!);

describe('answers in chunks', () => {
  it('no answer before a list of results; the first results’ chunks while it is read; a prefetched answer opens at once, offline too', async () => {
    const page = await chromium.page(desktop);
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${demo.url}/`);
    const help = new HelpWidget(page, 'es');
    await help.openWithLauncher();
    await help.search('cancelar un pedido');
    const firsts = (await help.optionNames()).slice(0, 3).map(idOf);
    expect(firsts[0]).toBe('cancelar-pedido');
    // Once typing pauses, the chunks of the first three results, and no other.
    await expect.poll(() => new Set(chunksIn(urls))).toEqual(new Set(firsts.map(chunkOf)));
    const before = chunksIn(urls).length;
    // Help's files are cached; the answer is already here: offline, it opens at once.
    await page.context().setOffline(true);
    await help.openResult(0);
    expect(await help.answerHeading()).toBe('¿Cómo cancelo un pedido?');
    await expect.poll(() => help.answer.locator('.ay-answer').innerText()).toContain('Recibido');
    expect(await help.answer.getByRole('status').count()).toBe(0);
    expect(chunksIn(urls)).toHaveLength(before);
    await page.context().setOffline(false);
    expect(page.errors).toEqual([]);
  });

  it('an answer whose chunk cannot be fetched: an error and Try again, which fetches it, then the answer', async () => {
    const page = await chromium.page(desktop);
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    // The server is unreachable for answers until the test says otherwise.
    let down = true;
    await page.route(/\/faq-answers\./, (route) => (down ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${demo.url}/`);
    const help = new HelpWidget(page, 'es');
    await help.openWithLauncher();
    await help.search('cancelar un pedido');
    await help.openResult(0);
    const alert = help.answer.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('No se ha podido cargar la respuesta.');
    down = false;
    await alert.getByRole('button', { name: 'Reintentar' }).click();
    await expect.poll(() => help.answer.locator('.ay-answer').innerText()).toContain('Recibido');
    expect(chunksIn(urls)).toContain(chunkOf('cancelar-pedido'));
    await help.panel.getByRole('group', { name: '¿Te ha servido esta respuesta?' }).waitFor();
  });

  it('an answer’s address (#faq/<id>) opens its answer in <ayuda-help>, with that answer’s chunk alone', async () => {
    const page = await chromium.page(desktop);
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`${demo.url}/centro-de-ayuda/#faq/seguir-pedido`);
    const inline = new HelpWidget(page, 'es', 'inline');
    await inline.answer.waitFor();
    expect(await inline.answerHeading()).toBe('¿Cómo sigo mi pedido?');
    await expect.poll(() => inline.answer.locator('.ay-answer').innerText()).toContain('seguimiento');
    expect(chunksIn(urls)).toEqual([chunkOf('seguir-pedido')]);
    expect(page.errors).toEqual([]);
  });
});
