import { describe, it, expect } from 'vitest';
import { dropClitics } from './clitics-es.ts';
import { stemmerFor } from './stem.ts';

const stem = stemmerFor('es');

describe('dropClitics', () => {
  it.each([
    ['mándamelo', 'mánda'],
    ['mandamelo', 'manda'],
    ['devuélvemelo', 'devuélve'],
    ['devuelvemelo', 'devuelve'],
    ['cámbiamelo', 'cámbia'],
    ['regresármelo', 'regresár'],
    ['regresarmelo', 'regresar'],
    ['enviándomelo', 'enviándo'],
    ['envíalo', 'envía'],
    ['llámanos', 'lláma'],
    ['escríbenos', 'escríbe'],
    ['regístrate', 'regístra'],
    ['mándenmelo', 'mánden'],
    ['mandémoslo', 'mandémos'],
    ['compártelo', 'compárte'],
    ['conviértelo', 'conviérte'],
  ])('takes the pronouns off %s', (word, base) => {
    expect(dropClitics(word)).toBe(base);
  });

  it.each([
    // Nouns and adjectives that end like a pronoun.
    'pelo', 'modelo', 'escuela', 'vuelo', 'sala', 'calle', 'caramelo', 'clientela', 'cuarteles',
    'móviles', 'portátiles', 'hábiles', 'teléfonos', 'artículo', 'película', 'vehículo', 'plátanos', 'pétalos', 'ángeles',
    'automáticamente',
    // Verb forms without pronouns, and one pronoun without the accent that would mark it.
    'cancela', 'cancele', 'llame', 'reclame', 'hablo', 'envialo',
    // Too short to tell, and a typo of "contraseña".
    'dámelo', 'contrasela',
  ])('leaves %s alone', (word) => {
    expect(dropClitics(word)).toBe(word);
  });
});

describe('Spanish stemming with pronouns', () => {
  it.each([
    [['enviar', 'envío', 'enviáis', 'envían', 'enviamos', 'envíamelo', 'envíalo', 'enviarlo', 'enviándomelo', 'enviármelo']],
    [['mandar', 'mandáis', 'mándamelo', 'mandamelo', 'mándalo', 'mándenmelo']],
    [['devolver', 'devolvéis', 'devolvérmelo', 'devolvermelo']],
    [['devuelve', 'devuélvemelo', 'devuelvemelo', 'devuélvelo']],
    [['cambiar', 'cambiáis', 'cámbiamelo', 'cambiamelo', 'cámbialo']],
    [['regresar', 'regresármelo', 'regresarmelo', 'regresáis']],
    [['llamar', 'llámanos', 'llámame', 'llamáis']],
  ])('gives %j one stem', (words) => {
    const stems = new Set(words.map(stem));
    expect(stems.size, `${words.join(', ')} → ${[...stems].join(', ')}`).toBe(1);
  });
});
