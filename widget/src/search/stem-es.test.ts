import { describe, it, expect } from 'vitest';
import { stemEs } from './stem-es.ts';
import { fold } from './normalize.ts';

/** The stemmer runs on folded words (the analyzer folds before stemming). */
const stem = (w: string): string => stemEs(fold(w));

const sameStem = (words: string[]): void => {
  const stems = new Set(words.map(stem));
  expect(stems.size, `${words.join(', ')} → ${[...stems].join(', ')}`).toBe(1);
};

describe('stemEs', () => {
  it.each([
    [['devolución', 'devoluciones', 'devolucion']],
    [['pedido', 'pedidos']],
    [['cancelar', 'cancelación', 'cancelado', 'cancelada', 'cancelaciones', 'cancelo', 'cancelarlo']],
    [['factura', 'facturas', 'facturación']],
    [['envío', 'envíos', 'enviado']],
    [['teléfono', 'teléfonos']],
    [['contraseña', 'contraseñas', 'contrasena']],
    [['reembolso', 'reembolsos', 'reembolsar']],
    [['tarjeta', 'tarjetas']],
    [['cobro', 'cobrado', 'cobrar']],
    // Verb endings are looked for inside RV only: "-ían" ends "envían", "-an" is the suffix.
    [['enviar', 'envían', 'enviamos', 'enviáis', 'envías']],
    [['entrada', 'entradas']],
    [['avería', 'averías']],
    [['pedir', 'pedís']],
    [['poder', 'podéis']],
    // The "-zc-" of the first person of verbs in -cer and -cir: "¿Cómo restablezco...?" is "restablecer".
    [['restablecer', 'restablezco', 'restablece', 'restablezca']],
    [['traducir', 'traduzco', 'traduce']],
    [['conocer', 'conozco', 'conozcan']],
    [['ofrecer', 'ofrezcan', 'ofrece']],
  ])('collapses the inflections of %j', (words) => {
    sameStem(words);
  });

  it('keeps different words apart', () => {
    const stems = ['factura', 'pedido', 'envío', 'tarjeta', 'teléfono', 'contraseña', 'cancelar', 'devolución'].map(stem);
    expect(new Set(stems).size).toBe(stems.length);
  });

  it('takes two pronouns off a verb form, as customers type them', () => {
    sameStem(['mandar', 'mándamelo', 'mandamelo', 'mándenmelo', 'mandanoslo']);
    sameStem(['devuelve', 'devuélvemelo', 'devuelvemelo']);
    sameStem(['cambia', 'cámbiamelo', 'cambiamelo']);
    sameStem(['regresar', 'regresármelo', 'regresarmelo']);
    sameStem(['enviar', 'enviándomelo', 'envíamelo']);
    sameStem(['devolver', 'devolvérmelo', 'devolvéis']);
  });

  it.each([
    ['caramelo', 'caramel'], ['caramelos', 'caramel'], ['modelo', 'model'], ['pelo', 'pel'], ['escuela', 'escuel'],
    ['vuelo', 'vuel'], ['sala', 'sal'], ['calle', 'call'], ['clientela', 'clientel'], ['cuarteles', 'cuartel'],
  ])('leaves the noun %s whole (%s)', (noun, expected) => {
    expect(stem(noun)).toBe(expected);
  });

  it('keeps apart the nouns Snowball over-stems into an unrelated stem', () => {
    expect(new Set(['casa', 'caso', 'casi'].map(stem)).size).toBe(3);
    expect(stem('recibos')).not.toBe(stem('recibir'));
    expect(stem('recibo')).toBe(stem('recibir'));
    expect(stem('recibí')).toBe(stem('recibir'));
    expect(stem('casas')).toBe(stem('casa'));
    expect(stem('importe')).not.toBe(stem('importación'));
    expect(stem('constructor')).toBe('constructor');
  });

  it('leaves words shorter than three letters alone', () => {
    expect(stemEs('yo')).toBe('yo');
    expect(stemEs('de')).toBe('de');
  });
});
