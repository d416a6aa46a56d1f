/** Another locale's part of the index, loaded when a query is written in it: once, then searched. */
import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../search/build-index.ts';
import { createSearchEngine } from '../search/engine.ts';
import { splitByLocale } from '../../compiler/write-faq-index.ts';
import { smallFaq } from '../search/__fixtures__/small-faq.ts';
import { find, loadLocale } from './load-locale.ts';
import { splitAnswers } from '../../compiler/answer-chunks.ts';
import { forgetAnswers } from './answers.ts';

const [en, es] = splitByLocale(buildSearchIndex(smallFaq));
const urls = { en: '/a/faq-index.en.1.json', es: '/a/faq-index.es.2.json' };
const fetchOf = (part: unknown) => vi.fn(async () => new Response(JSON.stringify(part)));

describe('parts of the index per locale', () => {
  it('an English page knows only English until a Spanish question asks for the Spanish part', async () => {
    const engine = createSearchEngine(en!);
    expect(engine.locales).toEqual(['en']);
    expect(engine.languages).toEqual(['en', 'es']);
    const first = engine.search('cuanto tarda el envio', { locale: 'en' });
    expect(first.elsewhere).toEqual(['es']);
    const fetchFn = fetchOf(es);
    expect(await loadLocale(engine, urls, 'es', fetchFn as typeof fetch)).toBe(true);
    expect(fetchFn).toHaveBeenCalledWith('/a/faq-index.es.2.json', { credentials: 'omit' });
    const again = engine.search('cuanto tarda el envio', { locale: 'en' });
    expect([again.locale, again.hits[0]?.id, again.elsewhere]).toEqual(['es', 'es-envio', undefined]);
    expect(engine.search('how long does shipping take', { locale: 'en' }).hits[0]?.id).toBe('en-shipping');
  });

  it('an English question on an English page asks for nothing', () => {
    const engine = createSearchEngine(en!);
    expect(engine.search('how long does shipping take', { locale: 'en' }).elsewhere).toBeUndefined();
  });

  it('find() (the public ayuda.search) loads what the query needs, then searches again', async () => {
    const engine = createSearchEngine(en!);
    vi.stubGlobal('fetch', fetchOf(es));
    try {
      const r = await find(engine, { en: '/b/en.json', es: '/b/es.json' }, '¿Puedo cancelar mi pedido?', 'en');
      expect([r.locale, r.hits[0]?.id]).toEqual(['es', 'es-cancelar']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('find() gives its hits with their answers, fetched from their chunks when the part has none', async () => {
    const { part, chunks } = splitAnswers(es!, 100);
    const files = new Map(chunks.map((c) => [`https://cdn.example/d/${c.name}`, c.bytes.toString()]));
    vi.stubGlobal('fetch', vi.fn(async (url: string) => new Response(files.get(url) ?? '', { status: files.has(url) ? 200 : 404 })));
    try {
      const r = await find(createSearchEngine(part), { es: 'https://cdn.example/d/faq-index.es.json' }, '¿Puedo cancelar mi pedido?', 'es');
      expect(r.hits[0]?.entry.answerHtml).toBe(es!.entries.find((e) => e.id === 'es-cancelar')!.answerHtml);
      expect(r.hits.every((h) => h.entry.answerHtml)).toBe(true);
    } finally {
      vi.unstubAllGlobals();
      forgetAnswers();
    }
  });

  it('one index for every locale loads nothing more; a failed load is reported and retried later', async () => {
    const engine = createSearchEngine(en!);
    expect(await loadLocale(engine, '/a/faq-index.json', 'es')).toBe(false);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const down = vi.fn(async () => new Response('', { status: 503 }));
    expect(await loadLocale(engine, { es: '/c/es.json' }, 'es', down as typeof fetch)).toBe(false);
    expect(warn.mock.calls[0]![0]).toBe('[ayuda] loading the es FAQ failed');
    expect(await loadLocale(engine, { es: '/c/es.json' }, 'es', fetchOf(es) as typeof fetch)).toBe(true);
    warn.mockRestore();
  });
});
