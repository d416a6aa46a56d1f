/**
 * `npm run calibrate`: chooses the decision thresholds (answered / weak /
 * none) on training data only, and prints how each candidate does.
 *
 * Questions the FAQ cannot answer come from three sources:
 *  - BANKING77 train.csv with 15 intents held out of the FAQ (3 seeded folds):
 *    near-misses from the same bank, the hardest kind;
 *  - bench/data/off-topic.{en,es}.txt, written for this purpose;
 *  - the telco development set's 90 out-of-scope queries.
 * test.csv is not read here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { bankingTrain, bankingFaq, EVAL_DIR } from './lib/banking77.ts';
import { validationQueries, rng, shuffle } from './lib/splits.ts';
import type { LabelledQuery } from '../cli/lib/evaluate.ts';
import { buildSearchIndex } from '../widget/src/search/build-index.ts';
import { createSearchEngine } from '../widget/src/search/engine.ts';
import { compileFaq } from '../widget/compiler/index.ts';
import type { CompiledFaq } from '../widget/src/faq/types.ts';
import { featureVector, confidence, FEATURE_ORDER, type DecisionModel } from '../widget/src/search/decision.ts';
import { writeFileSync } from 'node:fs';

interface Sample { set: string; inScope: boolean; correct: boolean; x: number[] }

const offTopic = (lang: string): LabelledQuery[] =>
  readFileSync(resolve(import.meta.dirname, `data/off-topic.${lang}.txt`), 'utf8')
    .split('\n').filter(Boolean).map((query) => ({ query, expected: '', locale: lang }));

function collect(set: string, faq: CompiledFaq, queries: LabelledQuery[]): Sample[] {
  const engine = createSearchEngine(buildSearchIndex(faq));
  return queries.map((q) => {
    const r = engine.search(q.query, { locale: q.locale ?? 'en', limit: 2 });
    const x = r.features ? featureVector(r.features) : FEATURE_ORDER.map(() => 0);
    return { set, inScope: !!q.expected, correct: r.hits[0]?.id === q.expected, x };
  });
}

export function samples(): Sample[] {
  const out: Sample[] = [];
  const train = bankingTrain();
  const intents = [...new Set(train.map((r) => r.category))];
  for (const seed of [1, 2, 3]) {
    const kept = new Set(shuffle(intents, rng(seed)).slice(15));
    const faq = { entries: bankingFaq(train, 10, kept), synonyms: {} };
    const queries = validationQueries(train).map((q) => (kept.has(q.expected) ? q : { ...q, expected: '' }));
    out.push(...collect(`banking77 fold ${seed}`, faq, queries));
    out.push(...collect(`banking77 fold ${seed} + off-topic`, faq, offTopic('en')));
  }
  return out;
}

export async function telcoSamples(): Promise<Sample[]> {
  const { faq, errors } = await compileFaq([`${EVAL_DIR}/telco/faq.csv`]);
  if (errors.length) throw new Error(`telco FAQ: ${errors.length} errors`);
  const rows: { query: string; expected: string; locale: string }[] = parse(readFileSync(`${EVAL_DIR}/telco/queries.csv`, 'utf8'), { columns: true });
  return [...collect('telco', faq, rows), ...collect('telco + off-topic', faq, [...offTopic('es'), ...offTopic('en')])];
}

/** Logistic regression by gradient descent. */
function fit(all: Sample[]): number[] {
  const groups = new Map<string, number>();
  for (const s of all) groups.set(`${s.set}/${s.inScope}`, (groups.get(`${s.set}/${s.inScope}`) ?? 0) + 1);
  // Each class weighs the same in total, and within a class each set the same.
  const setsIn = (inScope: boolean) => [...groups.keys()].filter((k) => k.endsWith(`/${inScope}`)).length;
  const weight = all.map((s) => 1 / groups.get(`${s.set}/${s.inScope}`)! / setsIn(s.inScope));
  const total = weight.reduce((a, b) => a + b, 0);
  const d = FEATURE_ORDER.length + 1;
  const w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 3000; iter++) {
    const g = new Array<number>(d).fill(0);
    all.forEach((s, i) => {
      let z = w[0]!;
      for (let j = 0; j < s.x.length; j++) z += w[j + 1]! * s.x[j]!;
      const err = (1 / (1 + Math.exp(-z)) - (s.inScope ? 1 : 0)) * weight[i]! / total;
      g[0]! += err;
      for (let j = 0; j < s.x.length; j++) g[j + 1]! += err * s.x[j]!;
    });
    for (let j = 0; j < d; j++) w[j]! -= 2 * g[j]! + 1e-4 * (j ? w[j]! : 0);
  }
  return w.map((v) => Math.round(v * 1000) / 1000);
}

function rates(s: Sample[], m: DecisionModel, threshold: number) {
  const conf = (x: Sample) => confidence(Object.fromEntries(FEATURE_ORDER.map((k, i) => [k, x.x[i]])) as never, m);
  const ok = (x: Sample) => confidenceOf(x, m) >= threshold;
  void conf;
  const ins = s.filter((x) => x.inScope);
  const oos = s.filter((x) => !x.inScope);
  return {
    answeredInScope: ins.filter(ok).length / (ins.length || 1),
    correctAnswered: ins.filter((x) => ok(x) && x.correct).length / (ins.filter(ok).length || 1),
    abstainedOutOfScope: oos.filter((x) => !ok(x)).length / (oos.length || 1),
  };
}

function confidenceOf(s: Sample, m: DecisionModel): number {
  let z = m.weights[0]!;
  for (let j = 0; j < s.x.length; j++) z += m.weights[j + 1]! * s.x[j]!;
  return 1 / (1 + Math.exp(-z));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = [...samples(), ...(await telcoSamples())];
  const weights = fit(all);
  console.log(`weights (intercept, ${FEATURE_ORDER.join(', ')}): ${weights.join(', ')}`);
  const sets = [...new Set(all.map((s) => s.set))];
  const f = (x: number) => x.toFixed(3);
  const m: DecisionModel = { weights, answered: 0.5, weak: 0.25 };
  console.log('| confidence ≥ | set | answered (in scope) | precision of answered | abstained (out of scope) |');
  console.log('|---|---|---|---|---|');
  for (const t of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
    for (const set of [...sets, 'all']) {
      const r = rates(set === 'all' ? all : all.filter((s) => s.set === set), m, t);
      console.log(`| ${t} | ${set} | ${f(r.answeredInScope)} | ${f(r.correctAnswered)} | ${f(r.abstainedOutOfScope)} |`);
    }
  }
  const answered = Number(process.env.ANSWERED ?? 0.5);
  const weak = Number(process.env.WEAK ?? 0.25);
  if (process.argv.includes('--write')) {
    const out = resolve(import.meta.dirname, '../widget/src/search/decision-model.json');
    writeFileSync(out, JSON.stringify({ weights, answered, weak }) + '\n');
    console.log(`wrote ${out}`);
  }
}
