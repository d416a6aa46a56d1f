import { describe, expect, it } from 'vitest';
import { MANIFEST_PLACEHOLDER, readManifest } from './read-manifest.ts';

describe('readManifest', () => {
  it('reads the injected manifest', () => {
    expect(readManifest({ panel: 'panel.0123abcd.js', index: 'faq-index.89abcdef.json' })).toEqual({
      panel: 'panel.0123abcd.js',
      index: 'faq-index.89abcdef.json',
    });
    expect(readManifest({ panel: 'panel.1.js', index: 'faq-index.2.json', outbox: 'outbox.3.js' })).toEqual({
      panel: 'panel.1.js',
      index: 'faq-index.2.json',
      outbox: 'outbox.3.js',
    });
  });
  it('falls back to the unhashed names when nothing was injected or it is broken', () => {
    const plain = { panel: 'panel.js', index: 'faq-index.json', outbox: 'outbox.js' };
    expect(readManifest(MANIFEST_PLACEHOLDER)).toEqual(plain);
    expect(readManifest({ panel: 1 })).toEqual(plain);
    expect(readManifest(null)).toEqual(plain);
    expect(readManifest({ panel: 'panel.1.js' })).toEqual(plain);
  });
});
