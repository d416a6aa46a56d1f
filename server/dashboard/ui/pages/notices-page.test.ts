import { describe, expect, it } from 'vitest';
import { localInput, noticeFieldOf, prefillOf } from './notice-form.tsx';

describe('the notice form', () => {
  it("names the refused field of the API's path", () => {
    expect(['content.es.title', 'content.en.body', 'content', 'ends_at', 'paths[1]', 'site', 'body.words[3]', 'created_by'].map(noticeFieldOf)).toEqual([
      'es_title', 'en_body', 'es_title', 'ends_at', 'paths', 'site', 'words', undefined,
    ]);
  });

  it('writes times for datetime-local inputs in the local time zone, to the minute', () => {
    const at = new Date(2026, 11, 7, 9, 5, 42).getTime();
    expect(localInput(at)).toBe('2026-12-07T09:05');
    expect(new Date(localInput(at)).getTime()).toBe(new Date(2026, 11, 7, 9, 5).getTime());
  });
});

describe("a spiking group's prefill", () => {
  it('reads the title in its language and the words, one a line, from the query', async () => {
    const { noticeFromSpike } = await import('./groups-page.tsx');
    const href = noticeFromSpike({ id: 4, site: 'demo', lang: 'es', day: '2026-12-07', count: 9, median: 1, representative: 'no me llega el pedido', title: 'No me llega el pedido', words: ['no me llega el pedido', 'pedido canarias'] });
    const query = new URL(href, 'http://x').searchParams;
    expect(query.get('site')).toBe('demo');
    expect(prefillOf(query)).toEqual({ lang: 'es', title: 'No me llega el pedido', words: ['no me llega el pedido', 'pedido canarias'] });
    expect(prefillOf(new URLSearchParams('lang=fr&title=Hola'))).toEqual({ title: 'Hola' });
    expect(prefillOf(new URLSearchParams('site=demo'))).toBeUndefined();
  });
});
