import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as es from './es.ts';
import * as en from './en.ts';

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const LEXICONS = { es, en } as const;

describe.each(Object.entries(LEXICONS))('built-in lexicon: %s', (_lang, lex) => {
  const groups = lex.variants.map((g) => g.split('|'));

  it('has a sensible number of groups', () => {
    expect(groups.length).toBeGreaterThanOrEqual(200);
    expect(groups.length).toBeLessThanOrEqual(400);
  });

  it('has no empty strings and no group of size 1', () => {
    for (const g of groups) {
      expect(g.length, g.join('|')).toBeGreaterThanOrEqual(2);
      for (const m of g) expect(m.trim(), g.join('|')).not.toBe('');
      for (const m of g) expect(m, `untrimmed or doubled space in "${m}"`).toBe(m.trim().replace(/\s+/g, ' '));
    }
  });

  it('has no word twice, within or across groups (case and accents folded)', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const g of groups) {
      for (const m of g) {
        const k = fold(m);
        const prev = seen.get(k);
        if (prev !== undefined) dupes.push(`"${m}" in [${g[0]}] and [${prev}]`);
        else seen.set(k, g[0]!);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('has rewrite keys that are lowercase accentless single words and not group members', () => {
    const members = new Set(groups.flat().map(fold));
    for (const [from, to] of Object.entries(lex.rewrites)) {
      expect(from, from).toMatch(/^[a-z0-9]+$/);
      expect(members.has(fold(from)), `rewrite key "${from}" is a group member`).toBe(false);
      expect(to.trim(), from).not.toBe('');
      expect(to, `rewrite value of "${from}" must be lowercase and accent-folded`).toBe(fold(to));
      expect(fold(to), `rewrite "${from}" is a no-op`).not.toBe(from);
    }
  });
});

describe.each(Object.entries(LEXICONS))('built-in kinds: %s', (_lang, lex) => {
  it('name things as customers type them: lowercase accentless single words, each once, none a rewrite key', () => {
    const seen = new Set<string>();
    for (const { names, means } of lex.kinds) {
      expect(means, 'means').toMatch(/^[a-z]+( [a-z]+)*$/);
      for (const n of names.split(' ')) {
        expect(n).toMatch(/^[a-z0-9]+$/);
        expect(seen.has(n), `"${n}" twice`).toBe(false);
        expect(n in lex.rewrites, `"${n}" is also a rewrite key`).toBe(false);
        seen.add(n);
      }
    }
  });
});

describe('built-in lexicon size', () => {
  // Build time only (the index keeps what touches the FAQ), but `ayuda build` carries it: 16 KB since the
  // country names, 17 KB since drinks, allergens and dishes (16,483 B).
  it('keeps both languages\' files together under 17 KB gzipped', () => {
    const text = ['es.ts', 'en.ts', 'rewrites-es.ts', 'rewrites-en.ts', 'kinds-es.ts', 'kinds-en.ts'].map((f) => readFileSync(new URL(`./${f}`, import.meta.url), 'utf8')).join('');
    expect(gzipSync(text).length).toBeLessThan(17 * 1024);
  });
});
