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
});
