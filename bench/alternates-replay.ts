/**
 * `npm run bench:alternates`: does learning alternates from customers who
 * found their answer make the FAQ answer better? BANKING77 (read from
 * ../shared/eval/banking77/train.csv; left out with a note when missing —
 * test.csv is never used): the FAQ is the 77 intents with K = 10
 * alternates each (the first train rows, bench/lib/banking77.ts), and every
 * other train question arrives, in a fixed random order, over WEEKS weeks
 * as one customer's help session (bench/lib/replay.ts). Each week the
 * proposals are decided by a simulated lead, the FAQ is rebuilt with the
 * accepted ones, and top-1 on the following week's questions is printed
 * before and after. Two leads: one who accepts every proposal, one who
 * accepts only proposals whose entry is right (a realistic lead reading
 * each wording). Scenarios: customers read the top hit shown (the issue's
 * simulation: resolved when it is the right intent) and give up when it is
 * wrong; the same with 30% who leave silently after a wrong answer (which
 * looks resolved: the leads then differ); and customers who read the first
 * three shown until the right one, 30% silent.
 */
import { existsSync } from 'node:fs';
import type { LabelledQuery } from '../cli/lib/evaluate.ts';
import { bankingFaq, bankingTrain, EVAL_DIR } from './lib/banking77.ts';
import { chainOf, replayWeek, top1, type Policy } from './lib/replay.ts';
import { rng, shuffle } from './lib/splits.ts';

const K = 10;
const WEEKS = Number(process.env.WEEKS ?? 8);
const SEED = 77;

if (!existsSync(`${EVAL_DIR}/banking77/train.csv`)) {
  process.stderr.write(`note: ${EVAL_DIR}/banking77/train.csv is missing; nothing to replay (the benchmark needs BANKING77 beside the repository)\n`);
  process.exit(0);
}

const train = bankingTrain();
const faq = { entries: bankingFaq(train, K), synonyms: {} };
// Every train question that is not one of the FAQ's alternates, in a fixed random order.
const seen = new Map<string, number>();
const stream: LabelledQuery[] = [];
for (const r of train) {
  const n = (seen.get(r.category) ?? 0) + 1;
  seen.set(r.category, n);
  if (n > K) stream.push({ query: r.text, expected: r.category, locale: 'en' });
}
const arrivals = shuffle(stream, rng(SEED));
const weeks = Array.from({ length: WEEKS }, (_, w) => arrivals.slice(Math.floor((w * arrivals.length) / WEEKS), Math.floor(((w + 1) * arrivals.length) / WEEKS)));

const pct = (x: number) => (x * 100).toFixed(1);
console.log(`BANKING77 replay: FAQ = 77 intents with K = ${K} alternates (train.csv's first rows); the other ${arrivals.length.toLocaleString('en-US')} train questions arrive over ${WEEKS} weeks, one help session each (test.csv not used).`);
console.log('A customer who reads the right entry is resolved; after a wrong one they give up, or leave silently (looks resolved on the wrong entry).');
console.log('Each week the lead decides the proposals and the FAQ is rebuilt with the accepted ones; top-1 (%) on the FOLLOWING week, before → after.\n');

const SCENARIOS = [
  { reads: 1, silent: 0 },
  { reads: 1, silent: 0.3 },
  { reads: 3, silent: 0.3 },
];
for (const { reads, silent } of SCENARIOS) {
  console.log(`Customers read ${reads === 1 ? 'the top hit' : `the first ${reads} hits shown, until the right one`}; ${silent * 100}% leave silently after a wrong answer`);
  console.log('| week | questions | resolved | accept all: proposals (wrong entry) | top-1 next week | accept correct: proposals, accepted | top-1 next week |');
  console.log('|---|---|---|---|---|---|---|');
  const chains = { all: chainOf(faq), correct: chainOf(faq) } satisfies Record<Policy, unknown>;
  const randoms = { all: rng(SEED + 1), correct: rng(SEED + 1) };
  const first = top1(chains.all.engine, weeks[WEEKS - 1]!);
  for (let w = 0; w < WEEKS - 1; w++) {
    const next = weeks[w + 1]!;
    const cells: string[] = [];
    let resolved = 0;
    for (const policy of ['all', 'correct'] as const) {
      const chain = chains[policy];
      const before = top1(chain.engine, next);
      const result = replayWeek(chain, weeks[w]!, policy, silent, randoms[policy], reads);
      const after = top1(chain.engine, next);
      if (policy === 'all') resolved = result.resolved;
      const wrong = result.proposals.filter((p) => p.right * 2 <= p.sessions).length;
      cells.push(policy === 'all' ? `${result.proposals.length} (${wrong})` : `${result.proposals.length}, ${result.accepted}`, `${pct(before)} → ${pct(after)}`);
    }
    console.log(`| ${w + 1} | ${weeks[w]!.length} | ${resolved} | ${cells.join(' | ')} |`);
  }
  const last = weeks[WEEKS - 1]!;
  const alternates = (p: Policy) => chains[p].faq.entries.reduce((s, e) => s + e.alternates.length, 0) - 77 * K;
  console.log(
    `\nWeek ${WEEKS}'s questions: top-1 ${pct(first)} with the FAQ of week 1; ${pct(top1(chains.all.engine, last))} after accepting all (${alternates('all')} alternates learned), ${pct(top1(chains.correct.engine, last))} after accepting the correct ones (${alternates('correct')}).\n`,
  );
}
