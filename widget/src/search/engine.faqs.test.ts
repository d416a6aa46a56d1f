/**
 * The engine on real FAQs, built as `ayuda build` builds them (compiler, then
 * the index with the built-in lexicon): the demo shop and the telco FAQ.
 * The queries are written here, not taken from any evaluation set.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { compileFaq } from '../../compiler/index.ts';
import { buildSearchIndex } from './build-index.ts';
import { createSearchEngine, type SearchEngine } from './engine.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const TELCO = `${root}bench/data/faqs/telco/faq.csv`;

const OFF_TOPIC: [string, string][] = [
  ["what's the weather in paris tomorrow", 'en'],
  ['best pizza near me', 'en'],
  ['receta de tortilla de patatas', 'es'],
  ['quien gano el partido de futbol', 'es'],
];

async function engineFor(paths: string[]): Promise<SearchEngine> {
  const { faq, errors } = await compileFaq(paths, { cwd: root });
  expect(errors).toEqual([]);
  return createSearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(faq))));
}

describe('demo FAQ (demo/faq/es.md, demo/faq/en.md)', () => {
  let engine: SearchEngine;
  beforeAll(async () => { engine = await engineFor(['demo/faq/es.md', 'demo/faq/en.md']); });

  it.each([
    ['olvide mi clave', 'es', 'olvide-contrasena'],
    ['no puedo acceder a mi cuenta', 'es', 'olvide-contrasena'],
    ['cuanto tarda en llegar mi pedido', 'es', 'plazos-envio'],
    ['como cancelo mi pedido', 'es', 'cancelar-pedido'],
    ['me cobraron dos beces', 'es', 'cobro-duplicado'],
    ['descargar factura', 'es', 'factura-pedido'],
    ['la bateria no carga', 'es', 'bateria-no-carga'],
    ['horario de atencion al cliente', 'es', 'horario-atencion'],
    ['wheres my parcel', 'en', 'track-order'],
    ['forgot my pasword', 'en', 'forgot-password'],
    ['how do i cancel an order', 'en', 'cancel-order'],
    ['charged twice', 'en', 'charged-twice'],
    ['vacuum lost suction', 'en', 'loss-of-suction'],
    ['do you ship to mexico', 'en', 'shipping-countries'],
  ])('%j (%s) → %s, answered', (query, locale, id) => {
    const r = engine.search(query, { locale });
    expect(r.hits[0]?.id).toBe(id);
    expect(r.decision).toBe('answered');
  });

  it.each(OFF_TOPIC)('off-topic %j (%s) is not answered', (query, locale) => {
    expect(['none', 'weak']).toContain(engine.search(query, { locale }).decision);
  });
});

describe('telco FAQ (bench/data/faqs/telco)', () => {
  let engine: SearchEngine;
  beforeAll(async () => { engine = await engineFor([TELCO]); });

  it.each([
    ['quiero darme de baja', 'es', 'contrato-cancelar'],
    ['cuanto cuesta llamar a mexico', 'es', 'llamadas-internacionales'],
    ['mi wifi va muy lento', 'es', 'wifi-lento'],
    ['codigo puk', 'es', 'codigo-puk'],
    ['reinciar el router', 'es', 'router-reiniciar'],
    ['como activo la esim', 'es', 'esim-activar'],
    ['my internet is down', 'en', 'internet-outage'],
    ['forgot password', 'en', 'password-reset'],
    ['top up my phone', 'en', 'prepaid-top-up'],
    ['unlock phone', 'en', 'phone-unlock'],
  ])('%j (%s) → %s, answered', (query, locale, id) => {
    const r = engine.search(query, { locale });
    expect(r.hits[0]?.id).toBe(id);
    expect(r.decision).toBe('answered');
  });

  it.each([
    ['quiero darme de baja', 'en', 'es', 'contrato-cancelar'],
    ['cuanto cuesta llamar a mexico', 'en', 'es', 'llamadas-internacionales'],
    ['my internet is down', 'es', 'en', 'internet-outage'],
    ['top up my phone', 'es', 'en', 'prepaid-top-up'],
  ])('%j on the %s page is answered from the %s entries: %s', (query, page, locale, id) => {
    const r = engine.search(query, { locale: page });
    expect([r.locale, r.hits[0]?.id, r.decision]).toEqual([locale, id, 'answered']);
  });

  it.each(OFF_TOPIC)('off-topic %j (%s) is not answered', (query, locale) => {
    expect(['none', 'weak']).toContain(engine.search(query, { locale }).decision);
  });
});
