import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../widget/src/search/build-index.ts';
import { createSearchEngine } from '../../widget/src/search/engine.ts';
import { smallFaq } from '../../widget/src/search/__fixtures__/small-faq.ts';
import { fitOf, hasPersonalData, proposable, wordingKey } from './proposal.ts';

const engine = createSearchEngine(buildSearchIndex(smallFaq));

describe('proposals', () => {
  it('folds wordings and skips questions with personal data or no words', () => {
    expect(wordingKey('¿Devolución  de un PEDIDO?')).toBe(wordingKey('devolucion de un pedido'));
    for (const q of ['mi correo es [email]', 'llamadme al [phone]', 'cargo en [card]', 'pedido [number]']) expect(hasPersonalData(q) && !proposable(q)).toBe(true);
    expect(proposable('¿?')).toBe(false);
    expect(proposable('mandar de vuelta unas zapatillas')).toBe(true);
  });

  it("asks the FAQ's own engine, in the entry's locale, whether it already answers the wording with the entry", () => {
    expect(fitOf(engine, 'es-devolucion', '¿Cómo hago la devolución de un pedido?')).toBe('answered');
    expect(fitOf(engine, 'es-devolucion', 'las zapatillas me quedan pequeñas')).toBe('unlike');
    // The engine answers with another entry: still unlike this one.
    expect(fitOf(engine, 'es-envio', '¿Aceptan PayPal?')).toBe('unlike');
    expect(fitOf(engine, 'no-such-entry', 'lo que sea')).toBe('unknown');
  });
});
