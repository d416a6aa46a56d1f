import { describe, expect, it } from 'vitest';
import { splitList } from './split-list.ts';

describe('splitList', () => {
  it('splits alternates on | and tags/related on , or |', () => {
    expect(splitList(' a, b | c ', 'alternates')).toEqual({ ok: true, items: ['a, b', 'c'] });
    expect(splitList(' a, b | c ', 'tags')).toEqual({ ok: true, items: ['a', 'b', 'c'] });
    expect(splitList(['x', ' x ', '', 'y'], 'related')).toEqual({ ok: true, items: ['x', 'y'] });
    expect(splitList(undefined, 'tags')).toEqual({ ok: true, items: [] });
  });

  it('rejects lists of non-texts', () => {
    expect(splitList(['a', { b: 1 }], 'tags')).toEqual({ ok: false, message: 'must be a list of texts, found an object' });
    expect(splitList(3, 'tags').ok).toBe(false);
  });
});
