// @vitest-environment happy-dom
/** The core loads nothing until it is wanted (intent, or idle when the site asks), and never throws into the page when loading fails. */
import { describe, expect, it, vi } from 'vitest';
import { FAKE_INDEX, fakePanel, flush, launcher, shadow, useCorePage } from './__fixtures__/fake-panel.ts';

const { make } = useCorePage();

describe('loading', () => {
  it('loads nothing until an interaction, then the panel and the index together, once', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(FAKE_INDEX)));
    vi.stubGlobal('fetch', fetchMock);
    const { panel } = make({ index: '/ayuda/faq-index.json' });
    await flush();
    expect(panel.loader).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
    launcher().dispatchEvent(new Event('pointerenter'));
    launcher().dispatchEvent(new Event('focus'));
    expect(panel.loader).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith('/ayuda/faq-index.json', { credentials: 'omit' });
    await flush();
    expect(panel.module.createSearchEngine).toHaveBeenCalledWith(FAKE_INDEX);
    expect(panel.module.mountPanel).not.toHaveBeenCalled();
  });

  it('fetches nothing at idle: help loads on intent, a touch included', async () => {
    const idle = vi.fn((_fn: () => void, _opts?: { timeout: number }) => 7);
    vi.stubGlobal('requestIdleCallback', idle);
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(FAKE_INDEX)));
    vi.stubGlobal('fetch', fetchMock);
    const { panel } = make({ index: '/ayuda/faq-index.json' });
    // One idle task: the look for items left pending (none here).
    expect(idle).toHaveBeenCalledTimes(1);
    idle.mock.calls[0]![0]();
    await flush();
    expect(panel.loader).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
    launcher().dispatchEvent(new Event('touchstart'));
    expect(panel.loader).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('loads help at idle when the site asks for it (data-prefetch="idle"), on a timer where requestIdleCallback does not exist', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    try {
      const { panel } = make({ prefetch: 'idle' });
      expect(panel.loader).not.toHaveBeenCalled();
      vi.advanceTimersByTime(5000);
      expect(panel.loader).toHaveBeenCalledTimes(1);
      expect(panel.module.mountPanel).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('loads the page language\'s part of a per-locale index first', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(FAKE_INDEX)));
    vi.stubGlobal('fetch', fetchMock);
    make({ lang: 'es-MX', index: { en: '/a/faq-index.en.1.json', es: '/a/faq-index.es.2.json' } });
    launcher().dispatchEvent(new Event('focus'));
    expect(fetchMock).toHaveBeenCalledWith('/a/faq-index.es.2.json', { credentials: 'omit' });
  });

  it('never throws on a failed load: warns once, shows a message, retries on the next open', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const panel = fakePanel();
    panel.loader.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    const { ayuda } = make({}, panel);
    await expect(ayuda.open()).resolves.toBeUndefined();
    const message = shadow().querySelector('[role="alert"]')!;
    expect(message.textContent).toMatch(/could not be loaded/);
    ayuda.close();
    expect(shadow().querySelector('[role="alert"]')).toBeNull();
    await ayuda.open();
    expect(panel.loader).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/^\[ayuda\] /);
    await expect(ayuda.search('x')).resolves.toMatchObject({ decision: 'none', hits: [] });
  });

  it('reports an index that cannot be fetched', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 404 })));
    const { ayuda } = make({ index: '/missing.json', lang: 'es' });
    await ayuda.open();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![1]).toMatchObject({ message: expect.stringContaining('HTTP 404') });
    expect(shadow().querySelector('[role="alert"]')!.textContent).toMatch(/No se pudo cargar/);
  });
});
