import { describe, expect, it } from 'vitest';
import { normalizeLocale } from './locale-tag.ts';

describe('normalizeLocale', () => {
  it('lowercases tags and rejects non-tags', () => {
    expect(normalizeLocale(' ES_mx ')).toBe('es-mx');
    expect(normalizeLocale('en')).toBe('en');
    expect(normalizeLocale('spanish please')).toBeUndefined();
    expect(normalizeLocale('')).toBeUndefined();
  });
});
