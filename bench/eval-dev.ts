/**
 * `npm run eval:dev`: the engine on every development FAQ at once
 * (bench/data/faqs/*, and BANKING77 train when ../shared/eval is there), per
 * set and query language:
 *  - top-1 / top-3: the right entry's rank with the page in the query's language;
 *  - shown@3: the right entry among the first three options the panel lists
 *    (`SearchResult.shown`), which is what the customer sees;
 *  - answered: answerable queries decided `answered`; abstained: out-of-scope
 *    queries decided `none` or `weak` (recorded as unanswered);
 *  - no locale / other page: top-3 when the engine is given no locale, and
 *    when the page is in another of the FAQ's languages.
 * Options: --json, --set NAME (repeatable).
 */
import { buildSearchIndex } from '../widget/src/search/build-index.ts';
import { createSearchEngine, type SearchEngine } from '../widget/src/search/engine.ts';
import type { LabelledQuery } from '../cli/lib/evaluate.ts';
import { allDevSets, type DevSet } from './lib/dev-sets.ts';

export interface DevFigures {
  set: string;
  locale: string;
  answerable: number;
  outOfScope: number;
  top1: number;
  top3: number;
  shown3: number;
  answered: number;
  abstained: number;
  noLocaleTop3: number;
  otherPageTop3: number | null;
}

const share = (n: number, of: number): number => (of ? Math.round((n / of) * 1000) / 1000 : 0);

export function figuresFor(set: DevSet, engine: SearchEngine, locale: string, queries: LabelledQuery[]): DevFigures {
  const other = engine.locales.find((l) => l !== locale);
  let top1 = 0, top3 = 0, shown3 = 0, answered = 0, abstained = 0, noLocale = 0, otherPage = 0;
  const ins = queries.filter((q) => q.expected);
  for (const q of queries) {
    const r = engine.search(q.query, { locale, limit: 10 });
    const rank = r.hits.findIndex((h) => h.id === q.expected);
    if (!q.expected) { if (r.decision !== 'answered') abstained++; continue; }
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (r.hits.slice(0, Math.min(3, r.shown ?? 3)).some((h) => h.id === q.expected)) shown3++;
    if (r.decision === 'answered') answered++;
    const n = engine.search(q.query, { limit: 10 }).hits.findIndex((h) => h.id === q.expected);
    if (n >= 0 && n < 3) noLocale++;
    if (other) {
      const o = engine.search(q.query, { locale: other, limit: 10 }).hits.findIndex((h) => h.id === q.expected);
      if (o >= 0 && o < 3) otherPage++;
    }
  }
  const oos = queries.length - ins.length;
  return {
    set: set.name, locale, answerable: ins.length, outOfScope: oos,
    top1: share(top1, ins.length), top3: share(top3, ins.length), shown3: share(shown3, ins.length),
    answered: share(answered, ins.length), abstained: share(abstained, oos),
    noLocaleTop3: share(noLocale, ins.length), otherPageTop3: other ? share(otherPage, ins.length) : null,
  };
}

export function evaluateSet(set: DevSet): DevFigures[] {
  const engine = createSearchEngine(buildSearchIndex(set.faq));
  const locales = [...new Set(set.queries.map((q) => q.locale ?? engine.locales[0]!))].sort();
  return locales.map((l) => figuresFor(set, engine, l, set.queries.filter((q) => (q.locale ?? engine.locales[0]) === l)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = process.argv.flatMap((a, i, all) => (all[i - 1] === '--set' ? [a] : []));
  const sets = (await allDevSets()).filter((s) => !wanted.length || wanted.includes(s.name));
  const rows = sets.flatMap(evaluateSet);
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  } else {
    const f = (x: number | null) => (x === null ? '–' : x.toFixed(3));
    console.log('| set | lang | queries (in / out) | top-1 | top-3 | shown@3 | answered | abstained | no locale top-3 | other page top-3 |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      console.log(`| ${r.set} | ${r.locale} | ${r.answerable} / ${r.outOfScope} | ${f(r.top1)} | ${f(r.top3)} | ${f(r.shown3)} | ${f(r.answered)} | ${f(r.abstained)} | ${f(r.noLocaleTop3)} | ${f(r.otherPageTop3)} |`);
    }
    const mean = (k: keyof DevFigures) => rows.reduce((s, r) => s + (r[k] as number), 0) / (rows.length || 1);
    console.log(`| mean of rows | | | ${f(mean('top1'))} | ${f(mean('top3'))} | ${f(mean('shown3'))} | ${f(mean('answered'))} | ${f(mean('abstained'))} | ${f(mean('noLocaleTop3'))} | |`);
  }
}
