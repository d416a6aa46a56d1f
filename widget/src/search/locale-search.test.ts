import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { createSearchEngine } from './engine.ts';
import { entry, noLexicon } from './__fixtures__/small-faq.ts';

const faq = {
  entries: [
    entry('es', 'pagos', '¿Qué formas de pago aceptan?', 'Tarjeta, transferencia o efectivo en OXXO y en tiendas de conveniencia.'),
    entry('es', 'envios', '¿Cuánto tarda el envío?', 'Entre 2 y 4 días hábiles.'),
  ].map((e, i) => ({ ...e, answerHtml: i ? '<p>Entre 2 y 4 días hábiles.</p>' : '<p>Tarjeta, transferencia o efectivo en <strong>OXXO</strong> &amp; tiendas de conveniencia.</p>' })),
  synonyms: {},
};

describe('answers are searchable though the index does not store their terms', () => {
  const index = buildSearchIndex(faq, { lexicon: noLexicon });
  const engine = createSearchEngine(index);

  it('keeps answer-only words out of the shipped vocabulary', () => {
    expect(index.locales[0]!.terms).not.toContain('oxxo');
  });

  it('finds an entry by a word only its answer uses, typos included', () => {
    expect(engine.search('puedo pagar en oxxo', { locale: 'es' }).hits[0]?.id).toBe('pagos');
    expect(engine.search('oxxxo', { locale: 'es' }).hits.map((h) => h.id)).toEqual(['pagos']);
  });

  it('reads entities the sanitizer wrote as the characters they stand for', () => {
    expect(engine.search('amp', { locale: 'es' }).hits).toHaveLength(0);
  });
});

describe('hostile words', () => {
  it('searches "constructor toString __proto__" like any words, without throwing', () => {
    const engine = createSearchEngine(buildSearchIndex(faq, { lexicon: noLexicon }));
    expect(engine.search('constructor toString __proto__ valueOf', { locale: 'es' }).decision).toBe('none');
  });
});
