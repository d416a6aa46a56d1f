// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readScriptOptions } from './read-script-options.ts';
import { applyScriptData } from '../options/script-data.ts';

/** The options as the chunks see them: ayuda.js reads the script, the panel the lists and JSON it passed on. */
const read = (s: HTMLScriptElement | null, index: string) => applyScriptData(readScriptOptions(s, index));

function script(attrs: Record<string, string>): HTMLScriptElement {
  const s = document.createElement('script');
  for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
  return s;
}
afterEach(() => vi.restoreAllMocks());

describe('readScriptOptions, then applyScriptData', () => {
  it('reads every data-* option', () => {
    const s = script({
      'data-lang': 'es',
      'data-position': 'bottom-left',
      'data-color': '#0a7d5a',
      'data-collector': 'https://help.example.com',
      'data-site': 'tienda',
      'data-launcher': 'false',
      'data-consent': '',
      'data-channels': 'email, whatsapp,,',
      'data-suggest': '[{"pattern":"/checkout*","ids":["pago-tarjeta"]}]',
    });
    expect(read(s, 'https://cdn.example/ayuda/faq-index.1.json')).toEqual({
      index: 'https://cdn.example/ayuda/faq-index.1.json',
      lang: 'es',
      position: 'bottom-left',
      color: '#0a7d5a',
      collector: 'https://help.example.com',
      site: 'tienda',
      launcher: false,
      consent: true,
      channels: ['email', 'whatsapp'],
      suggestions: [{ pattern: '/checkout*', ids: ['pago-tarjeta'] }],
    });
  });

  it('gives only the index without attributes or without a script', () => {
    expect(read(script({}), 'i.json')).toEqual({ index: 'i.json' });
    expect(read(null, 'i.json')).toEqual({ index: 'i.json' });
    expect(read(script({ 'data-consent': 'false', 'data-launcher': 'true' }), 'i.json')).toEqual({ index: 'i.json' });
  });

  it('reports and ignores bad values', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const s = script({ 'data-position': 'top', 'data-suggest': '{not json' });
    expect(read(s, 'i.json')).toEqual({ index: 'i.json' });
    expect(read(script({ 'data-suggest': '[{"pattern":1}]' }), 'i.json')).toEqual({ index: 'i.json' });
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls.every((c) => String(c[0]).startsWith('[ayuda] '))).toBe(true);
  });

  it('reads the hand-off options: channels as a list or JSON, data-context and data-journey-days', () => {
    const channels = '[{"type":"whatsapp","number":"34600111222","hours":{"timeZone":"Europe/Madrid","open":["mon-fri 09:00-18:00"]}}]';
    expect(read(script({ 'data-channels': channels, 'data-context': '{"plan":"pro","cart":2}', 'data-journey-days': '14' }), 'i.json')).toEqual({
      index: 'i.json',
      channels: JSON.parse(channels),
      context: { plan: 'pro', cart: 2 },
      journeyDays: 14,
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(read(script({ 'data-channels': '[oops', 'data-context': '[1]', 'data-journey-days': 'x' }), 'i.json')).toEqual({ index: 'i.json' });
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('leaves the lists and JSON to the chunks: ayuda.js passes them on as they are', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const options = readScriptOptions(script({ 'data-suggest': '{not json', 'data-channels': 'inbox' }), 'i.json');
    expect(options.suggestions).toBeUndefined();
    expect(options.channels).toBeUndefined();
    expect(options.data).toMatchObject({ suggest: '{not json', channels: 'inbox' });
    expect(warn).not.toHaveBeenCalled();
    // Read once: a second call neither parses nor reports again.
    expect(applyScriptData(applyScriptData(options))).toMatchObject({ channels: ['inbox'] });
    expect(options.data).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
