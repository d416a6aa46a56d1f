import { beforeAll, describe, expect, test } from 'vitest';
import type { SearchEngine } from '../search/engine.ts';
import { fixtureEngine } from './__fixtures__/fixture-engine.ts';
import { pathMatches, popularIds, suggestedIds } from './suggestions.ts';

let engine: SearchEngine;
beforeAll(async () => {
  engine = await fixtureEngine();
});

test('pathMatches: "*" matches anything, the rest literally', () => {
  expect(pathMatches('/checkout', '/checkout')).toBe(true);
  expect(pathMatches('/checkout', '/checkout/pay')).toBe(false);
  expect(pathMatches('/checkout*', '/checkout/pay')).toBe(true);
  expect(pathMatches('/p/*/returns', '/p/lamp-3/returns')).toBe(true);
  expect(pathMatches('*', '/')).toBe(true);
  expect(pathMatches('/a.b', '/axb')).toBe(false);
  expect(pathMatches('/(x)+', '/(x)+')).toBe(true);
});

describe('popularIds', () => {
  test('entries of the language tagged "popular"', () => {
    expect(popularIds(engine, 'es')).toEqual(['seguir-pedido', 'plazos-envio', 'devolver-pedido']);
    expect(popularIds(engine, 'en-GB')).toEqual(['track-order', 'delivery-times']);
  });

  test('without "popular" tags, the first entries of the language', async () => {
    const untagged = { ...engine, entries: engine.entries.map((e) => ({ ...e, tags: [] })) };
    expect(popularIds(untagged, 'en')).toEqual(['track-order', 'cancel-order', 'delivery-times', 'refund-timing']);
  });

  test('a language the FAQ lacks gets the first language of the FAQ', () => {
    expect(popularIds(engine, 'fr')).toEqual(popularIds(engine, 'es'));
  });
});

describe('suggestedIds', () => {
  const options = {
    index: '',
    suggestions: [
      { pattern: '/pedidos/*', ids: ['cancelar-pedido', 'no-such-entry'] },
      { pattern: '*', ids: ['recuperar-contrasena'] },
    ],
  };

  test('the first matching rule, then popular entries, without repeats, up to five', () => {
    expect(suggestedIds(engine, options, 'es', '/pedidos/LU-1')).toEqual(['cancelar-pedido', 'seguir-pedido', 'plazos-envio', 'devolver-pedido']);
    expect(suggestedIds(engine, options, 'es', '/')).toEqual(['recuperar-contrasena', 'seguir-pedido', 'plazos-envio', 'devolver-pedido']);
  });

  test('no rules: popular entries', () => {
    expect(suggestedIds(engine, { index: '' }, 'es', '/')).toEqual(popularIds(engine, 'es'));
  });
});

describe('suggestedIds with page rules in the FAQ (pages, context)', () => {
  const withRules = (): SearchEngine => ({
    ...engine,
    entries: engine.entries.map((e) =>
      e.id === 'devolver-pedido' ? { ...e, pages: ['/producto/*'] } : e.id === 'cancelar-pedido' ? { ...e, context: ['category=aspiradoras'] } : e,
    ),
  });

  test('the entries naming the page or its data-context come first (in the FAQ order), then the rules, then popular ones', () => {
    const e = withRules();
    expect(suggestedIds(e, { index: '' }, 'es', '/producto/v8')).toEqual(['devolver-pedido', 'seguir-pedido', 'plazos-envio']);
    expect(suggestedIds(e, { index: '', context: { category: 'Aspiradoras' } }, 'es', '/producto/v8')).toEqual(['cancelar-pedido', 'devolver-pedido', 'seguir-pedido', 'plazos-envio']);
    expect(suggestedIds(e, { index: '', suggestions: [{ pattern: '/producto/*', ids: ['recuperar-contrasena'] }] }, 'es', '/producto/v8')).toEqual(['devolver-pedido', 'recuperar-contrasena', 'seguir-pedido', 'plazos-envio']);
    // The help centre: no entry names it.
    expect(suggestedIds(e, { index: '' }, 'es', '/ayuda')).toEqual(popularIds(engine, 'es'));
  });

  test('an entry of another language is not offered for its page rule', () => {
    const e = withRules();
    expect(suggestedIds(e, { index: '' }, 'en', '/producto/v8')).toEqual(popularIds(engine, 'en'));
  });
});
