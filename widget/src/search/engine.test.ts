/** The engine finds the right entry first: through typos, inflections, alternates and synonyms, in the customer's language first. */
import { describe, it, expect } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { createSearchEngine, type SearchEngine } from './engine.ts';
import { entry, noLexicon, smallFaq, smallFaqEntries } from './__fixtures__/small-faq.ts';
import { engine, highlighted } from './__fixtures__/small-engine.ts';

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

  it('corrects a misspelt synonym like a misspelt word of the FAQ', () => {
    const faq = { entries: smallFaqEntries, synonyms: { es: [['contraseña', 'password']] } };
    for (const [synonyms, found] of [[faq.synonyms, true], [{}, false]] as const) {
      const r = createSearchEngine(buildSearchIndex({ ...faq, synonyms }, { lexicon: noLexicon })).search('pasword', { locale: 'es' });
      expect(r.hits[0]?.id === 'es-contrasena' && r.decision === 'answered').toBe(found);
    }
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
  });

  it('lists the other language\'s best answer second when the query could be in either', () => {
    // "paypal" is no more Spanish than English: a customer of either language finds their entry among the first two.
    const es = engine.search('paypal', { locale: 'es' });
    expect(es.hits.slice(0, 2).map((h) => h.id)).toEqual(['es-paypal', 'en-paypal']);
    expect(es.shown).toBeGreaterThanOrEqual(2);
    // A query surely in the page's language lists that language alone.
    expect(engine.search('¿Cómo cancelo mi pedido?', { locale: 'es' }).hits.every((h) => h.entry.locale === 'es')).toBe(true);
    expect(engine.search('can I cancel my order', { locale: 'en' }).hits.every((h) => h.entry.locale === 'en')).toBe(true);
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

  it("searches the query's language, not only the page's: typos and words the FAQ never uses still read as Spanish", () => {
    for (const page of ['en', undefined]) {
      for (const [query, id] of [['cuanto tarda el envio', 'es-envio'], ['me arrepenti, la puedo anular?', 'es-cancelar'], ['fatura de mi ultima conpra', 'es-factura']] as const) {
        const r = engine.search(query, { locale: page });
        expect([r.locale, r.hits[0]?.id], `${query} on ${page ?? 'no'} page`).toEqual(['es', id]);
      }
    }
    const r = engine.search('where can I download my invoice', { locale: 'es' });
    expect([r.locale, r.hits[0]?.id]).toEqual(['en', 'en-invoice']);
  });

  it('reads no typos of another language into a query that is surely not in it ("hola" is not "hold")', () => {
    const faq = { ...smallFaq, entries: [...smallFaq.entries, entry('en', 'en-reset', 'How long do I hold the button to reset the speaker?', 'Hold it for 10 seconds.')] };
    const eng = createSearchEngine(buildSearchIndex(faq));
    for (const query of ['hola', 'holaa buenas']) {
      const r = eng.search(query, { locale: 'es' });
      expect([r.decision, r.hits.map((h) => h.id)], query).toEqual(['none', []]);
    }
    // Its own words still count: an English question on a Spanish page finds the English entry.
    expect(eng.search('hold the button', { locale: 'es' }).hits[0]?.id).toBe('en-reset');
  });

  it('reads "till" as a word, not as a typo of a FAQ word ("can i keep it till next week" is not about tolls)', () => {
    const faq = { ...smallFaq, entries: [...smallFaq.entries, entry('en', 'en-toll', 'How do I pay tolls?', 'Tolls are charged to your card.'), entry('en', 'en-extend', 'Can I keep my rental car longer?', 'Extend it in My trips.')] };
    const eng = createSearchEngine(buildSearchIndex(faq));
    expect(eng.search('can i keep it till next week', { locale: 'en' }).hits.map((h) => h.id)).not.toContain('en-toll');
  });

  it('does not answer from another locale when nothing matches anywhere', () => {
    const r = engine.search('receta de tortilla de patatas', { locale: 'es' });
    expect(r.locale).toBe('es');
    expect(r.decision).not.toBe('answered');
    expect(r.hits.every((h) => h.entry.locale === 'es')).toBe(true);
  });
});

it('the fixture has eight entries per language', () => {
  expect(smallFaqEntries.filter((e) => e.locale === 'es')).toHaveLength(8);
  expect(smallFaqEntries.filter((e) => e.locale === 'en')).toHaveLength(8);
});
