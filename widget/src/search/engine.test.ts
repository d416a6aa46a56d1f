import { describe, it, expect } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { createSearchEngine, type SearchEngine, type SearchResult } from './engine.ts';
import { decide } from './decision.ts';
import { fold } from './normalize.ts';
import type { FaqIndex } from './index-format.ts';
import { entry, noLexicon, smallFaq, smallFaqEntries } from './__fixtures__/small-faq.ts';

const engine = createSearchEngine(buildSearchIndex(smallFaq, { lexicon: noLexicon }));

/** The words of the top hit's question that are highlighted. */
const highlighted = (r: SearchResult, hit = 0): string[] => {
  const h = r.hits[hit]!;
  return h.highlights.map(([a, b]) => h.entry.question.slice(a, b));
};

const ALL_QUERIES: [string, string][] = [
  ['devolusion de un pedido', 'es'],
  ['telefono', 'es'],
  ['contrasena olvidada', 'es'],
  ['fatura', 'es'],
  ['pedido', 'es'],
  ['cuanto tarda el envio', 'es'],
  ['pasword reset', 'en'],
  ['refnd', 'en'],
  ['how long does shipping take', 'en'],
  ['how', 'en'],
  ['paypal', 'en'],
  ["what's the weather in paris tomorrow", 'en'],
  ['receta de tortilla de patatas', 'es'],
];

describe.each([
  ['without a lexicon', noLexicon],
  ['with the built-in lexicon', undefined],
])('finds the right entry first (%s)', (_name, lexicon) => {
  const eng: SearchEngine = createSearchEngine(buildSearchIndex(smallFaq, lexicon ? { lexicon } : {}));

  it.each([
    // Spanish typed without accents, with typos, with inflections.
    ['devolusion de un pedido', 'es', 'es-devolucion'],
    ['telefono', 'es', 'es-telefono'],
    ['TELÉFONO', 'es', 'es-telefono'],
    ['contrasena olvidada', 'es', 'es-contrasena'],
    ['factura', 'es', 'es-factura'],
    ['fatura', 'es', 'es-factura'],
    ['facturas', 'es', 'es-factura'],
    ['donde descargo la factura', 'es', 'es-factura'],
    ['cuanto tarda el envio', 'es', 'es-envio'],
    ['cancelar pedido', 'es', 'es-cancelar'],
    ['devoluciones', 'es', 'es-devolucion'],
    // English typos and inflections.
    ['pasword reset', 'en', 'en-password'],
    ['refnd', 'en', 'en-refund'],
    ['refunded', 'en', 'en-refund'],
    ['charges', 'en', 'en-charged'],
    ['download invoice', 'en', 'en-invoice'],
    ['how long does shipping take', 'en', 'en-shipping'],
  ])('%j (%s) → %s, answered', (query, locale, id) => {
    const r = eng.search(query, { locale });
    expect(r.locale).toBe(locale);
    expect(r.hits[0]?.id).toBe(id);
    expect(r.decision).toBe('answered');
  });
});

describe('alternates', () => {
  it.each([
    ['changed my mind', 'en', 'en-cancel'],
    ['me arrepentí', 'es', 'es-cancelar'],
    ['me arrepenti de la compra', 'es', 'es-cancelar'],
    ['quiero devolver un producto', 'es', 'es-devolucion'],
  ])('%j (%s) finds %s through its alternate', (query, locale, id) => {
    const r = engine.search(query, { locale });
    expect(r.hits[0]?.id).toBe(id);
    expect(r.decision).not.toBe('none');
  });

  it('finds them without shipping them', () => {
    const r = engine.search('changed my mind', { locale: 'en' });
    expect(r.hits[0]!.entry).not.toHaveProperty('alternates');
    expect(r.hits[0]!.entry).not.toHaveProperty('answerText');
  });
});

describe('FAQ-declared synonyms', () => {
  const bare = createSearchEngine(buildSearchIndex({ ...smallFaq, synonyms: {} }, { lexicon: noLexicon }));

  it.each([
    ['clave', 'es', 'es-contrasena'],
    ['olvidé mi clave', 'es', 'es-contrasena'],
    ['comprobante', 'es', 'es-factura'],
    ['money back', 'en', 'en-refund'],
    ['when do I get my money back', 'en', 'en-refund'],
  ])('%j (%s) finds %s, which never uses that word', (query, locale, id) => {
    const r = engine.search(query, { locale });
    expect(r.hits[0]?.id).toBe(id);
    expect(r.decision).toBe('answered');
  });

  it('the synonym is what finds them', () => {
    for (const [q, locale] of [['clave', 'es'], ['comprobante', 'es'], ['money back', 'en']]) {
      expect(bare.search(q!, { locale }).decision, q).toBe('none');
    }
  });

  it('highlights the question word the synonym stands for', () => {
    expect(highlighted(engine.search('comprobante', { locale: 'es' }))).toEqual(['factura']);
    expect(highlighted(engine.search('money back', { locale: 'en' }))).toEqual(['refund']);
  });
});

describe('locales', () => {
  it('lists the index locales', () => {
    expect(engine.locales).toEqual(['en', 'es']);
  });

  it('searches the customer locale first when both languages have the topic', () => {
    const en = engine.search('paypal', { locale: 'en' });
    const es = engine.search('paypal', { locale: 'es' });
    expect([en.locale, en.hits[0]?.id]).toEqual(['en', 'en-paypal']);
    expect([es.locale, es.hits[0]?.id]).toEqual(['es', 'es-paypal']);
    expect(es.hits.every((h) => h.entry.locale === 'es')).toBe(true);
  });

  it('an English query returns the English entry, a Spanish query the Spanish one', () => {
    expect(engine.search('can I cancel my order', { locale: 'en' }).hits[0]?.id).toBe('en-cancel');
    expect(engine.search('¿Cómo cancelo mi pedido?', { locale: 'es' }).hits[0]?.id).toBe('es-cancelar');
  });

  it('uses the language of a regional locale tag', () => {
    const mx = engine.search('cuanto tarda el envio', { locale: 'es-MX' });
    expect([mx.locale, mx.hits[0]?.id]).toEqual(['es', 'es-envio']);
    const gb = engine.search('refund', { locale: 'en-GB' });
    expect([gb.locale, gb.hits[0]?.id]).toEqual(['en', 'en-refund']);
  });

  it('falls back to another locale when its own has nothing', () => {
    const r = engine.search('how do I reset my password', { locale: 'es' });
    expect(r.locale).toBe('en');
    expect(r.hits[0]?.id).toBe('en-password');
    expect(r.decision).toBe('answered');
    const s = engine.search('¿cuánto tarda el envío?', { locale: 'en' });
    expect([s.locale, s.hits[0]?.id]).toEqual(['es', 'es-envio']);
  });

  it('finds a query in either language when no locale is given', () => {
    expect(engine.search('¿Cómo cancelo mi pedido?').hits[0]?.id).toBe('es-cancelar');
    expect(engine.search('can I cancel my order').hits[0]?.id).toBe('en-cancel');
  });

  it('does not answer from another locale when nothing matches anywhere', () => {
    const r = engine.search('receta de tortilla de patatas', { locale: 'es' });
    expect(r.locale).toBe('es');
    expect(r.decision).not.toBe('answered');
    expect(r.hits.every((h) => h.entry.locale === 'es')).toBe(true);
  });
});

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

describe('loading an index', () => {
  const index = buildSearchIndex(smallFaq, { lexicon: noLexicon });

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

it('the fixture has eight entries per language', () => {
  expect(smallFaqEntries.filter((e) => e.locale === 'es')).toHaveLength(8);
  expect(smallFaqEntries.filter((e) => e.locale === 'en')).toHaveLength(8);
});
