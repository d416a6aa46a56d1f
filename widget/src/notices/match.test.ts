import { describe, expect, it } from 'vitest';
import { appliesTo, bySeverity, contentFor, contextMatches, isLive, pathMatches } from './match.ts';
import type { PublicNotice } from './types.ts';

const notice = (over: Partial<PublicNotice> = {}): PublicNotice => ({
  id: 'n1', severity: 'info', starts_at: 1000, ends_at: 2000, paths: [], contexts: [],
  content: { es: { title: 'Retrasos', html: '<p>x</p>' }, en: { title: 'Delays', html: '<p>y</p>' } }, ...over,
});

describe('where and when a notice applies', () => {
  it('matches path patterns: "*" for any run, a plain path and what lies below it, never by prefix alone', () => {
    expect(pathMatches('/envios/*', '/envios/canarias')).toBe(true);
    expect(pathMatches('/envios', '/envios/canarias')).toBe(true);
    expect(pathMatches('/envios', '/envios')).toBe(true);
    expect(pathMatches('/envios', '/envios-gratis')).toBe(false);
    expect(pathMatches('/producto/*/opiniones', '/producto/lumen-v8/opiniones')).toBe(true);
    expect(pathMatches('/', '/?utm=1')).toBe(true);
    expect(pathMatches('/', '/en/')).toBe(false);
    expect(pathMatches('/a.b', '/axb')).toBe(false);
  });

  it('matches data-context values as key=value, or a bare value under any key', () => {
    const context = { page: 'producto', sku: 'LUMEN-AIRE-V8', pro: true };
    expect(contextMatches('page=producto', context)).toBe(true);
    expect(contextMatches('sku=lumen-aire-v8', context)).toBe(true);
    expect(contextMatches('LUMEN-AIRE-V8', context)).toBe(true);
    expect(contextMatches('pro=true', context)).toBe(true);
    expect(contextMatches('page=carrito', context)).toBe(false);
    expect(contextMatches('page=producto', undefined)).toBe(false);
  });

  it('applies everywhere without rules, else where any path or context rule matches', () => {
    expect(appliesTo(notice(), '/anything')).toBe(true);
    expect(appliesTo(notice({ paths: ['/envios/*'] }), '/')).toBe(false);
    expect(appliesTo(notice({ paths: ['/envios/*'], contexts: ['page=producto'] }), '/', { page: 'producto' })).toBe(true);
  });

  it('is live from its start until its end, and picks the page language, most severe first', () => {
    expect([999, 1000, 1999, 2000].map((t) => isLive(notice(), t))).toEqual([false, true, true, false]);
    expect(contentFor(notice(), 'en-GB').title).toBe('Delays');
    expect(contentFor(notice(), 'fr').title).toBe('Retrasos');
    const list = [notice({ id: 'n1' }), notice({ id: 'n2', severity: 'incident' }), notice({ id: 'n3', severity: 'warning' })];
    expect(list.sort(bySeverity).map((n) => n.id)).toEqual(['n2', 'n3', 'n1']);
  });
});
