import { describe, expect, it } from 'vitest';
import { createGrouper } from './grouper.ts';
import { questionTerms } from './question-terms.ts';
import { createSpelling } from './spelling.ts';
import { clusterQuality } from './cluster-quality.ts';

function groupAll(questions: [string, string][]): number[] {
  const g = createGrouper();
  let next = 1;
  return questions.map(([text, locale]) => {
    const question = { terms: questionTerms(text, locale) };
    const id = g.place(question).id ?? next++;
    g.add(id, question);
    return g.group(id);
  });
}

describe('questionTerms', () => {
  it('folds case and accents, drops stop words and stems, per language', () => {
    expect(questionTerms('¿Cómo DEVUELVO mis pedidos?', 'es')).toEqual(questionTerms('como devuelvo mi pedido', 'es-MX'));
    expect(questionTerms('How do I get my money back?', 'en')).toEqual(questionTerms('refund', 'en-GB'));
  });
});

describe('questionTerms on hostile input', () => {
  it('treats words that are Object.prototype keys as words', () => {
    const terms = questionTerms('{{constructor.constructor("alert(1)")()}} __proto__ toString', 'en');
    expect(terms).toEqual(expect.arrayContaining(['constructor', 'proto', 'tostr']));
    expect(terms.every((t) => typeof t === 'string')).toBe(true);
  });
});

describe('createGrouper', () => {
  it('puts rewordings, accents and typos of one question together and other questions apart', () => {
    const ids = groupAll([
      ['devolución de un pedido', 'es'],
      ['¿Cómo hago la devolucion del pedido?', 'es'],
      ['devolución pedido', 'es'],
      ['devolusion de mi pedido', 'es'],
      ['¿Dónde está mi paquete?', 'es'],
      ['no encuentro mi paquete', 'es'],
      ['factura con otro NIF', 'es'],
    ]);
    expect(new Set(ids.slice(0, 4)).size).toBe(1);
    expect(ids[4]).toBe(ids[5]);
    expect(new Set([ids[0], ids[4], ids[6]]).size).toBe(3);
  });

  it('groups questions whose only term is a multi-word synonym ("pagar a plazos" = "pagar en cuotas")', () => {
    const ids = groupAll([
      ['¿Puedo pagar a plazos?', 'es'],
      ['pagar en cuotas', 'es'],
      ['pago en plazos', 'es'],
    ]);
    expect(new Set(ids).size).toBe(1);
  });

  it('restores its state from persisted vectors and term counts', () => {
    const a = createGrouper();
    a.add(7, { terms: questionTerms('cambiar la contraseña de mi cuenta', 'es') });
    const b = createGrouper();
    b.load(a.vector(7)!);
    for (const [t, n] of a.takeChangedTerms()) b.loadTerm(t, n);
    expect(b.place({ terms: questionTerms('cambiar contraseña', 'es') })).toMatchObject({ id: 7 });
    expect(b.place({ terms: questionTerms('horario de la tienda', 'es') }).id).toBeUndefined();
  });
});

describe('createSpelling', () => {
  it('repairs a rare term next to a frequent one, and stops once the rare one is common', () => {
    const s = createSpelling();
    s.count('devolucion', 10);
    expect(s.repair('devolusion')).toBe('devolucion');
    expect(s.repair('card')).toBe('card');
    s.count('charge', 5);
    expect(s.repair('change')).toBe('charge');
    s.count('change', 3);
    expect(s.repair('change')).toBe('change');
  });
});

describe('clusterQuality', () => {
  it('computes pairwise and B-cubed precision and recall', () => {
    const q = clusterQuality([1, 1, 1, 2], ['a', 'a', 'b', 'b']);
    expect(q.pairwise.precision).toBeCloseTo(1 / 3);
    expect(q.pairwise.recall).toBeCloseTo(1 / 2);
    expect(q.bcubed.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4);
    expect(q.bcubed.recall).toBeCloseTo((1 + 1 + 1 / 2 + 1 / 2) / 4);
    expect(clusterQuality([1, 1, 2], ['x', 'x', 'y']).bcubed.f1).toBe(1);
  });
});
