/** The engine loads an index as the browser does (from JSON), and refuses with a clear error what it cannot read. */
import { describe, it, expect } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { createSearchEngine } from './engine.ts';
import type { FaqIndex } from './index-format.ts';
import { noLexicon } from './__fixtures__/small-faq.ts';
import { ALL_QUERIES, engine, smallIndex } from './__fixtures__/small-engine.ts';

describe('loading an index', () => {
  const index = smallIndex();

  it('works from JSON, as the browser loads it', () => {
    const fromJson = createSearchEngine(JSON.parse(JSON.stringify(index)) as FaqIndex);
    for (const [q, locale] of ALL_QUERIES) {
      expect(fromJson.search(q, { locale })).toEqual(engine.search(q, { locale }));
    }
  });

  it('rejects an index of another version with a clear error', () => {
    expect(() => createSearchEngine({ ...index, version: 99 })).toThrow(/version 99 is not supported.*rebuild/);
  });

  it('rejects something that is not an index', () => {
    const bad = [{ ...index, format: 'other-format' }, {}, null, undefined, 'faq-index.json'];
    for (const b of bad) expect(() => createSearchEngine(b as unknown as FaqIndex)).toThrow(/not an Ayuda FAQ index/);
  });

  it('an empty index answers nothing', () => {
    const empty = createSearchEngine(buildSearchIndex({ entries: [], synonyms: {} }, { lexicon: noLexicon }));
    const r = empty.search('refund', { locale: 'en' });
    expect(r.decision).toBe('none');
    expect(r.hits).toEqual([]);
  });

  it('warms up in slices, and finds the same whether warmed in slices, at once, or not at all', () => {
    const topics = ['refund', 'delivery', 'password', 'invoice', 'card', 'account', 'warranty', 'return', 'discount', 'address'];
    const many = buildSearchIndex(
      {
        entries: Array.from({ length: 300 }, (_, i) => ({
          id: `e${i}`, locale: 'en', question: `How do I change the ${topics[i % 10]} of order ${i}?`, alternates: [`${topics[(i * 3) % 10]} problem number ${i}`],
          answerHtml: `<p>Open your ${topics[(i * 7) % 10]} settings, then step ${i}.</p>`, answerText: `Open your ${topics[(i * 7) % 10]} settings, then step ${i}.`, tags: [], related: [],
        })),
        synonyms: {},
      },
      { lexicon: noLexicon },
    );
    const load = () => createSearchEngine(JSON.parse(JSON.stringify(many)) as FaqIndex);
    const sliced = load();
    let slices = 0;
    while (!sliced.warmStep()) slices++;
    // Several slices: the page gets the thread back between them.
    expect(slices).toBeGreaterThan(5);
    expect(sliced.warmStep()).toBe(true);
    const half = load();
    for (let i = 0; i < Math.floor(slices / 2); i++) half.warmStep();
    const cold = load();
    for (const q of ['change the refund of order 12', 'warranty problem', 'pasword settings', 'discount step 7']) {
      const expected = cold.search(q, { locale: 'en' });
      expect(expected.hits.length).toBeGreaterThan(0);
      expect(sliced.search(q, { locale: 'en' })).toEqual(expected);
      // A search in the middle of the warm-up finishes it and answers the same.
      expect(half.search(q, { locale: 'en' })).toEqual(expected);
    }
  });

  it('while the warm-up runs in slices, a keystroke does not finish it: it ranks by the words alone (rough), and once warm the same search is whole', () => {
    const topics = ['refund', 'delivery', 'password', 'invoice', 'card', 'account', 'warranty', 'return', 'discount', 'address'];
    const index = JSON.stringify(buildSearchIndex(
      {
        entries: Array.from({ length: 300 }, (_, i) => ({
          id: `e${i}`, locale: 'en', question: `How do I change the ${topics[i % 10]} of order ${i}?`, alternates: [`${topics[(i * 3) % 10]} problem number ${i}`],
          answerHtml: `<p>Step ${i}.</p>`, answerText: `Step ${i}.`, tags: [], related: [],
        })),
        synonyms: {},
      },
      { lexicon: noLexicon },
    ));
    const cold = createSearchEngine(JSON.parse(index) as FaqIndex);
    const warming = createSearchEngine(JSON.parse(index) as FaqIndex);
    expect(warming.warmStep()).toBe(false);
    const query = 'change the warranty of order 16';
    const rough = warming.search(query, { locale: 'en', partial: true });
    expect(rough.rough).toBe(true);
    expect(rough.hits[0]?.id).toBe('e16');
    // The keystroke left the warm-up to its slices.
    expect(warming.warmStep()).toBe(false);
    // Not as you type, or not warming (nothing drives the warm-up): whole, as before.
    expect(warming.search(query, { locale: 'en' }).rough).toBeUndefined();
    expect(cold.search(query, { locale: 'en', partial: true }).rough).toBeUndefined();
    warming.warm();
    expect(warming.search(query, { locale: 'en', partial: true })).toEqual(cold.search(query, { locale: 'en', partial: true }));
  });

  it('slices the warm-up by the words read, not by entries: a few entries with thousands of alternates take many slices', () => {
    const words = ['refund', 'delivery', 'password', 'invoice', 'card', 'account', 'warranty', 'return', 'discount', 'address'];
    const index = buildSearchIndex(
      {
        entries: Array.from({ length: 4 }, (_, i) => ({
          id: `e${i}`, locale: 'en', question: `Question ${i} about ${words[i]}`, alternates: Array.from({ length: 2000 }, (_, j) => `${words[j % 10]} ${words[(j * 7) % 10]} case ${i} ${j}`),
          answerHtml: `<p>Answer ${i}.</p>`, answerText: `Answer ${i}.`, tags: [], related: [],
        })),
        synonyms: {},
      },
      { lexicon: noLexicon },
    );
    const engine = createSearchEngine(JSON.parse(JSON.stringify(index)) as FaqIndex);
    let slices = 0;
    while (!engine.warmStep()) slices++;
    // 8,000 phrasings of 5 words over 4 entries: by entries it was 3 slices, each a whole pass over them.
    expect(slices).toBeGreaterThan(10);
  });
});
