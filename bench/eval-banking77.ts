/**
 * `npm run eval`: BANKING77 as a FAQ (../shared/eval/README.md), K = 0, 5, 10
 * and 20 alternates per intent, scored on test.csv, for Ayuda's engine, plain
 * fuse.js and MiniSearch side by side. Test data is only reported on, never
 * tuned on (thresholds and weights come from bench/calibrate.ts on train.csv).
 */
import { bankingTrain, bankingTest, bankingFaq } from './lib/banking77.ts';
import { plainFuse, miniSearch, type RankFn } from './lib/baselines.ts';
import { evaluate, type EvalFigures, type LabelledQuery } from '../cli/lib/evaluate.ts';
import { buildSearchIndex } from '../widget/src/search/build-index.ts';
import { createSearchEngine } from '../widget/src/search/engine.ts';
import type { FaqEntry } from '../widget/src/faq/types.ts';

const json = process.argv.includes('--json');
const ks = (process.env.EVAL_K ?? '0,5,10,20').split(',').map(Number);
const train = bankingTrain();
const queries: LabelledQuery[] = bankingTest().map((r) => ({ query: r.text, expected: r.category }));

function ayuda(entries: FaqEntry[]) {
  const engine = createSearchEngine(buildSearchIndex({ entries, synonyms: {} }));
  return (q: LabelledQuery) => {
    const r = engine.search(q.query, { locale: 'en', limit: 10 });
    return { ids: r.hits.map((h) => h.id), decision: r.decision };
  };
}
const ranked = (fn: RankFn) => (q: LabelledQuery) => ({ ids: fn(q.query) });

const rows: { k: number; method: string; figures: EvalFigures }[] = [];
for (const k of ks) {
  const entries = bankingFaq(train, k);
  const methods: [string, (q: LabelledQuery) => { ids: string[]; decision?: string }][] = [
    ['ayuda', ayuda(entries)],
    ['fuse.js (default)', ranked(plainFuse(entries))],
    ['minisearch (bm25)', ranked(miniSearch(entries))],
  ];
  for (const [method, fn] of methods) {
    rows.push({ k, method, figures: evaluate(fn, queries) });
    if (!json) process.stderr.write('.');
  }
}

if (json) {
  process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
} else {
  process.stderr.write('\n');
  console.log(`BANKING77 test.csv (${queries.length} queries), FAQ = 77 intents, K alternates from train.csv\n`);
  console.log('| K | method | top-1 | top-3 | MRR | answered (in scope) | p50 ms | p95 ms |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const { k, method, figures: f } of rows) {
    console.log(`| ${k} | ${method} | ${f.top1.toFixed(3)} | ${f.top3.toFixed(3)} | ${f.mrr.toFixed(3)} | ${f.answered_in_scope?.toFixed(3) ?? '–'} | ${f.p50_ms} | ${f.p95_ms} |`);
  }
}
