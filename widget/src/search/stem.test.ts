import { describe, it, expect } from 'vitest';
import { stemmerFor } from './stem.ts';
import { fold } from './normalize.ts';

describe('stemmerFor', () => {
  const en = stemmerFor('en');

  it.each([
    [['charged', 'charges', 'charging', 'charge']],
    [['refunds', 'refunded', 'refund', 'refunding']],
    [['passwords', 'password']],
    [['cancelled', 'cancelling', 'cancel']],
    [['payments', 'payment']],
  ])('English: collapses %j', (words) => {
    expect(new Set(words.map(en)).size).toBe(1);
  });

  it('English: keeps different words apart', () => {
    expect(en('refund')).not.toBe(en('charge'));
    expect(en('password')).not.toBe(en('payment'));
    // Porter alone makes "accountant" "account": "add my accountant" found every account entry.
    expect(en('accountant')).not.toBe(en('account'));
    expect(en('accountants')).toBe(en('accountant'));
  });

  it('Spanish: collapses inflections of folded words', () => {
    const es = stemmerFor('es');
    expect(es(fold('devolución'))).toBe(es(fold('devoluciones')));
    expect(es('pedido')).toBe(es('pedidos'));
    expect(es('factura')).toBe(es('facturas'));
  });

  it('uses the language of a regional tag, whatever its case', () => {
    expect(stemmerFor('es-MX')('pedidos')).toBe(stemmerFor('es')('pedidos'));
    expect(stemmerFor('es-mx')('pedidos')).toBe(stemmerFor('es')('pedidos'));
    expect(stemmerFor('en-GB')('charges')).toBe(en('charges'));
  });

  it('leaves words unchanged for a language it has no stemmer for', () => {
    for (const locale of ['fr', 'de', 'pt-BR', 'ja', '']) {
      const s = stemmerFor(locale);
      for (const w of ['commandes', 'remboursements', 'bestellungen', 'pedidos', 'charges', 'ありがとう']) expect(s(w)).toBe(w);
    }
  });
});
