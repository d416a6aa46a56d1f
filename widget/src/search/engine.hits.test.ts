/** What a search returns: scored hits with their highlights, and the decision (answered, weak or none) on its confidence. */
import { describe, it, expect } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { createSearchEngine } from './engine.ts';
import { decide } from './decision.ts';
import { fold } from './normalize.ts';
import { entry, noLexicon } from './__fixtures__/small-faq.ts';
import { ALL_QUERIES, engine, highlighted } from './__fixtures__/small-engine.ts';

describe('hits', () => {
  it.each(ALL_QUERIES)('%j (%s): scores in [0, 1], best first, each entry once', (query, locale) => {
    const r = engine.search(query, { locale });
    const scores = r.hits.map((h) => h.score);
    for (const s of scores) {
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(r.hits.map((h) => h.id)).size).toBe(r.hits.length);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.decision).toBe(decide(r.confidence));
  });

  it.each(ALL_QUERIES)('%j (%s): lists the hits near the best, the first three down to 30% of it', (query, locale) => {
    const { hits, shown = 0 } = engine.search(query, { locale });
    const best = hits[0]?.score ?? 0;
    const listedAt = (i: number): boolean => hits[i]!.score >= best * (i < 3 ? 0.3 : 0.45);
    for (let i = 0; i < hits.length; i++) expect(i < shown).toBe(listedAt(i) && (i === 0 || i - 1 < shown));
  });

  it('lists a third option that shares a word, though far below the best', () => {
    // "pedido" alone relates the returns entry: under 45% of the best, but among the three a customer reads.
    const r = engine.search('telefono para cancelar pedido', { locale: 'es' });
    expect(r.hits.slice(0, 3).map((h) => h.id)).toEqual(['es-cancelar', 'es-telefono', 'es-devolucion']);
    expect(r.hits[2]!.score).toBeLessThan(r.hits[0]!.score * 0.45);
    expect(r.shown).toBe(3);
  });

  it('carries the entry as shown to the customer', () => {
    const hit = engine.search('telefono', { locale: 'es' }).hits[0]!;
    expect(hit.entry.id).toBe(hit.id);
    expect(hit.entry.question).toBe('¿Cuál es el teléfono de atención al cliente?');
    expect(hit.entry.answerHtml).toContain('900 123 456');
    expect(engine.entry(hit.id)).toBe(hit.entry);
    expect(engine.entry('no-such-id')).toBeUndefined();
  });

  it.each([
    ['devolusion de un pedido', 'es', ['devolución', 'pedido']],
    ['telefono', 'es', ['teléfono']],
    ['contrasena olvidada', 'es', ['Olvidé', 'contraseña']],
    ['fatura', 'es', ['factura']],
    ['pasword reset', 'en', ['password', 'reset']],
    ['refnd', 'en', ['refund']],
    ['I need to download the invoice', 'en', ['download', 'invoice']],
  ])('%j (%s) highlights %j in the question', (query, locale, words) => {
    expect(highlighted(engine.search(query, { locale }))).toEqual(words);
  });

  it('highlights are ordered, non-overlapping ranges inside the question', () => {
    for (const [query, locale] of ALL_QUERIES) {
      for (const h of engine.search(query, { locale }).hits) {
        let end = 0;
        for (const [a, b] of h.highlights) {
          expect(a).toBeGreaterThanOrEqual(end);
          expect(b).toBeGreaterThan(a);
          expect(b).toBeLessThanOrEqual(h.entry.question.length);
          expect(h.entry.question.slice(a, b)).toMatch(/^[\p{L}\p{N}'’]+$/u);
          end = b;
        }
      }
    }
  });

  it('does not highlight stop words', () => {
    const r = engine.search('¿Cómo hago la devolución de un pedido?', { locale: 'es' });
    expect(r.hits[0]!.id).toBe('es-devolucion');
    const words = highlighted(r).map(fold);
    expect(words).toContain('devolucion');
    for (const stop of ['la', 'de', 'un', 'hago']) expect(words).not.toContain(stop);
  });

  it('honours limit', () => {
    expect(engine.search('pedido', { locale: 'es' }).hits.length).toBeGreaterThan(1);
    expect(engine.search('pedido', { locale: 'es', limit: 1 }).hits.map((h) => h.id)).toEqual(['es-devolucion']);
    const two = engine.search('order', { locale: 'en', limit: 2 });
    expect(two.hits).toHaveLength(2);
    expect(two.hits.map((h) => h.id)).toEqual(engine.search('order', { locale: 'en' }).hits.slice(0, 2).map((h) => h.id));
  });

  it('returns at most 10 hits by default', () => {
    const many = Array.from({ length: 15 }, (_, i) => entry('es', `p${i}`, `¿Pregunta ${i} sobre el pedido?`, `Respuesta ${i}.`));
    const eng = createSearchEngine(buildSearchIndex({ entries: many, synonyms: {} }, { lexicon: noLexicon }));
    expect(eng.search('pedido', { locale: 'es' }).hits).toHaveLength(10);
    expect(eng.search('pedido', { locale: 'es', limit: 15 }).hits).toHaveLength(15);
  });
});

describe('decision', () => {
  it.each([
    ['', 'es'],
    ['   ', 'en'],
    ['¿?!', 'es'],
    ['de la que el', 'es'],
    ['hola, gracias', 'es'],
    ['the of and', 'en'],
    ['please', 'en'],
  ])('%j (%s): empty or stop words only → none, no hits', (query, locale) => {
    const r = engine.search(query, { locale });
    expect(r.decision).toBe('none');
    expect(r.confidence).toBe(0);
    expect(r.hits).toEqual([]);
  });

  it.each([
    ["what's the weather in paris tomorrow", 'en'],
    ['receta de tortilla de patatas', 'es'],
    ['best pizza near me', 'en'],
    ['quien gano el partido de futbol', 'es'],
  ])('off-topic %j (%s) → none or weak', (query, locale) => {
    expect(['none', 'weak']).toContain(engine.search(query, { locale }).decision);
  });

  it.each([
    ['I need a refund', 'en', 'en-refund'],
    ['what number can I call', 'en', 'en-phone'],
    ['can I cancel my order', 'en', 'en-cancel'],
    ['¿cuánto tarda en llegar el envío?', 'es', 'es-envio'],
    ['olvidé mi contraseña', 'es', 'es-contrasena'],
  ])('clear paraphrase %j (%s) → answered with %s', (query, locale, id) => {
    const r = engine.search(query, { locale });
    expect(r.decision).toBe('answered');
    expect(r.hits[0]?.id).toBe(id);
  });
});
