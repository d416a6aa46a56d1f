/**
 * `npm run bench:suggestions`: do suggestions that fit the page (issue 16
 * #4) resolve more customers from the first suggestions, before they type?
 *
 * A replayed stream of synthetic help sessions on the demo shop (its real
 * FAQ, demo/faq/*.md, 63 entries per language): each session is one
 * customer on one page who wants one entry, drawn from what customers on
 * that kind of page want (the PAGES table below: product pages want the
 * battery, warranty and returns; the help centre orders and delivery; the
 * checkout payments; the order pages tracking and changes). A session is
 * resolved from the first suggestions when its entry is among the 5 the
 * panel opens with (widget/src/panel/suggestions.ts, the widget's own
 * code). The stream's first half is the collector's history (each
 * customer's entry read on their page: the `answer_read` events that
 * server/notices/suggested.ts learns from); the second half is measured,
 * with product pages of SKUs the history never saw.
 *
 * Variants: before (the FAQ's first entries), the FAQ's page rules (the
 * demo FAQ's `context: page=producto`), learned per page (no rules in the
 * FAQ), and both. The mix of wants is an assumption, stated in PAGES; the
 * figures show what the mechanism recovers under it, not a field result.
 */
import { resolve } from 'node:path';
import { compileFaq } from '../widget/compiler/index.ts';
import { buildSearchIndex } from '../widget/src/search/build-index.ts';
import { createSearchEngine, type SearchEngine } from '../widget/src/search/engine.ts';
import { suggestedIds } from '../widget/src/panel/suggestions.ts';
import type { AyudaOptions } from '../widget/src/core/contract.ts';
import { learnSuggested, type Read } from '../server/notices/suggested.ts';
import { rng } from './lib/splits.ts';

const SESSIONS = Number(process.env.SESSIONS ?? 4000);
const SEED = 16;

interface PageKind {
  name: string;
  share: number;
  path: (random: () => number, half: 'history' | 'measured') => string;
  context: Record<string, string>;
  /** Entry ids customers on it want, with weights. */
  wants: [string, number][];
}

const sku = (random: () => number, half: 'history' | 'measured') => `/producto/${half === 'history' ? 'aire-v' : 'nuevo-v'}${1 + Math.floor(random() * 6)}`;

const PAGES: PageKind[] = [
  {
    name: 'product pages',
    share: 0.45,
    path: sku,
    context: { page: 'producto' },
    wants: [['autonomia-bateria', 18], ['cobertura-garantia', 14], ['devolver-pedido', 12], ['bateria-no-carga', 8], ['cargar-aspiradora', 8], ['accesorios-incluidos', 7], ['plazos-envio', 7], ['bateria-repuesto', 5], ['gastos-envio', 5], ['pago-plazos', 4], ['seguir-pedido', 4], ['limpiar-filtro', 4], ['bajada-precio', 4]],
  },
  {
    name: 'help centre',
    share: 0.25,
    path: () => '/centro-de-ayuda/',
    context: { page: 'centro-de-ayuda' },
    wants: [['seguir-pedido', 20], ['plazos-envio', 12], ['devolver-pedido', 12], ['reembolso-plazo', 10], ['cancelar-pedido', 8], ['modificar-pedido', 6], ['falta-articulo', 5], ['cambiar-direccion-envio', 5], ['gastos-envio', 5], ['factura-pedido', 5], ['olvide-contrasena', 4], ['contacto-atencion-cliente', 4]],
  },
  {
    name: 'checkout',
    share: 0.15,
    path: () => '/checkout',
    context: { page: 'checkout' },
    wants: [['metodos-pago', 20], ['pago-rechazado', 15], ['cupon-no-funciona', 14], ['cupon-descuento', 10], ['pago-plazos', 10], ['gastos-envio', 10], ['comprar-sin-cuenta', 8], ['pago-seguro', 7], ['iva-impuestos', 6]],
  },
  {
    name: 'order pages',
    share: 0.15,
    path: (random) => `/mi-cuenta/pedidos/LU-${1000 + Math.floor(random() * 9000)}`,
    context: { page: 'pedido' },
    wants: [['seguir-pedido', 22], ['cancelar-pedido', 14], ['modificar-pedido', 12], ['cambiar-direccion-envio', 10], ['entregado-no-recibido', 9], ['factura-pedido', 8], ['falta-articulo', 7], ['producto-equivocado', 6], ['devolver-pedido', 6]],
  },
];

interface Session {
  kind: PageKind;
  path: string;
  want: string;
  session: string;
}

function pick<T>(items: [T, number][], random: () => number): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = random() * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items.at(-1)![0];
}

function stream(n: number, half: 'history' | 'measured', random: () => number): Session[] {
  return Array.from({ length: n }, (_, i) => {
    const kind = pick(PAGES.map((p) => [p, p.share] as [PageKind, number]), random);
    return { kind, path: kind.path(random, half), want: pick(kind.wants, random), session: `${half}-${i}` };
  });
}

async function engineFor(withRules: boolean): Promise<SearchEngine> {
  const { faq, errors } = await compileFaq([resolve(import.meta.dirname, '../demo/faq/es.md')]);
  if (errors.length) throw new Error(`demo FAQ: ${errors.length} errors`);
  const entries = withRules ? faq.entries : faq.entries.map(({ pages: _p, context: _c, ...e }) => e);
  return createSearchEngine(buildSearchIndex({ ...faq, entries }));
}

const random = rng(SEED);
const history = stream(SESSIONS / 2, 'history', random);
const measured = stream(SESSIONS / 2, 'measured', random);

// What the collector learns: each history customer read their entry on their page.
const reads: Read[] = history.map((s) => ({ path: s.path, entry: s.want, session: s.session }));
const learned = Object.entries(learnSuggested(reads)).map(([pattern, ids]) => ({ pattern, ids }));

const [plain, ruled] = await Promise.all([engineFor(false), engineFor(true)]);
for (const s of measured) if (!plain.entry(s.want)) throw new Error(`the demo FAQ has no entry "${s.want}"`);

const VARIANTS: { name: string; engine: SearchEngine; learned: boolean }[] = [
  { name: 'before: the FAQ\'s first entries', engine: plain, learned: false },
  { name: 'page rules in the FAQ (context: page=producto)', engine: ruled, learned: false },
  { name: 'learned per page (no rules in the FAQ)', engine: plain, learned: true },
  { name: 'both', engine: ruled, learned: true },
];

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '—');
console.log(`Suggestions replay: ${measured.length.toLocaleString('en-US')} measured sessions on the demo shop's Spanish FAQ (after ${history.length.toLocaleString('en-US')} sessions of history the collector learns from; product pages of SKUs it never saw).`);
console.log('Resolved from the first suggestions: the entry the customer wants is among the 5 the panel opens with.\n');
console.log(`| variant | all | ${PAGES.map((p) => p.name).join(' | ')} |`);
console.log(`|---|---|${PAGES.map(() => '---').join('|')}|`);
for (const v of VARIANTS) {
  const hits = new Map<string, [number, number]>();
  let all = 0;
  for (const s of measured) {
    const options: AyudaOptions = { index: '', context: s.kind.context, ...(v.learned ? { suggestions: learned } : {}) };
    const ok = suggestedIds(v.engine, options, 'es', s.path).includes(s.want);
    const h = hits.get(s.kind.name) ?? [0, 0];
    hits.set(s.kind.name, [h[0] + Number(ok), h[1] + 1]);
    all += Number(ok);
  }
  console.log(`| ${v.name} | ${pct(all, measured.length)}% | ${PAGES.map((p) => `${pct(...(hits.get(p.name) ?? [0, 0]))}%`).join(' | ')} |`);
}
console.log(`\nLearned patterns served (${learned.length}): ${learned.map((r) => r.pattern).join(', ')}.`);
