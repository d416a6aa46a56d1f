/**
 * Suggestions that fit the page (issue 16 #4) in Chromium, on the demo with
 * a collector: the product page (data-context page=producto) opens on
 * returns, warranty and battery, which the demo FAQ names for it
 * (`context: page=producto`); the help centre opens on the FAQ's first
 * entries. Where the FAQ names nothing, the collector's learned entries for
 * the page (what customers read there, `suggested` with the notices) come
 * first. axe: nothing serious on the panel.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { store } from '../dashboard/seed.ts';
import { visit } from '../dashboard/seed-reads.ts';
import { seriousViolations } from './axe.ts';
import { useChromium } from './chromium.ts';
import { HelpWidget, type Lang } from './help-widget.ts';
import { useDemo } from './use-demo.ts';
import { useLiveDashboard } from './use-live-dashboard.ts';

vi.setConfig({ testTimeout: 120_000 });

const live = useLiveDashboard({
  users: false,
  // Three customers read "charged twice" on the English help centre.
  seed: ({ db }) => store(db, [0, 1, 2].map((i) => visit({ session: `learn-${i}`, path: '/en/help/', locale: 'en' }).read(Date.now() - 60_000 * (i + 1), 'charged-twice'))),
});
const demo = useDemo({ collector: () => live.url });
const chromium = useChromium();

/** The page, once the widget has the collector's notices (and learned suggestions): then the panel opens with them. */
async function opened(path: string, lang: Lang): Promise<{ page: Page & { errors: string[] }; help: HelpWidget }> {
  const page = await chromium.page({ viewport: { width: 1280, height: 900 }, locale: lang === 'es' ? 'es-ES' : 'en-GB' });
  const fetched = page.waitForResponse((r) => r.url().startsWith(`${live.url}/v1/notices/demo`), { timeout: 30_000 });
  await page.goto(`${demo.url}${path}`);
  expect((await fetched).status()).toBe(200);
  const help = new HelpWidget(page, lang);
  await help.openWithLauncher();
  await help.options.first().waitFor();
  return { page, help };
}

describe('suggestions that fit the page', () => {
  it('the product page opens on returns, warranty and battery; the help centre does not', async () => {
    const product = await opened('/', 'es');
    const onProduct = await product.help.optionNames();
    expect(onProduct.slice(0, 3)).toEqual(['¿Cómo devuelvo un pedido?', '¿Qué cubre la garantía?', '¿Cuánto dura la batería de la Aire V8?']);
    expect(await seriousViolations(product.page)).toEqual([]);

    const centre = await opened('/centro-de-ayuda/', 'es');
    const onCentre = await centre.help.optionNames();
    expect(onCentre).toHaveLength(5);
    expect(onCentre).not.toContain('¿Qué cubre la garantía?');
    expect(onCentre).not.toContain('¿Cuánto dura la batería de la Aire V8?');
    expect(onCentre).not.toEqual(onProduct);
    expect([product.page.errors, centre.page.errors]).toEqual([[], []]);
  });

  it('without page rules in the FAQ, the entries customers read on the page come first', async () => {
    const { page, help } = await opened('/en/help/', 'en');
    expect((await help.optionNames())[0]).toBe("I've been charged twice. What should I do?");
    const product = await opened('/en/', 'en');
    expect((await product.help.optionNames()).slice(0, 3)).toEqual(['How do I return an item?', 'What does the warranty cover?', 'How long does the Aire V8 battery last?']);
    expect([page.errors, product.page.errors]).toEqual([[], []]);
  });
});
