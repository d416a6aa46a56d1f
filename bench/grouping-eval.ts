/**
 * `npm run eval:grouping`: how well the dashboard's incremental grouping
 * (server/grouping/grouper.ts) puts questions of one intent together and
 * questions of different intents apart, on BANKING77 train (10,003 customer
 * questions, 77 intents), fed one by one in a shuffled order as a stream of
 * unanswered questions would arrive. Prints pairwise and B-cubed precision,
 * recall and F1 for a grid of thresholds and variants, then the same with a
 * typo injected into one question in three (character grams on vs off).
 *
 *   npm run eval:grouping [-- --seeds 3]
 */
import { bankingTrain } from './lib/banking77.ts';
import { rng as random } from './lib/splits.ts';
import { clusterQuality, type ClusterQuality } from '../server/grouping/cluster-quality.ts';
import { createGrouper, DEFAULT_GROUPER_OPTIONS, type GrouperOptions } from '../server/grouping/grouper.ts';
import { questionTerms } from '../server/grouping/question-terms.ts';

const seedsArg = process.argv.indexOf('--seeds');
const SEEDS = seedsArg > 0 ? Number(process.argv[seedsArg + 1]) : 1;

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  const r = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One typo (swap, drop, double or replace a letter) in a word of 5+ letters, in one question of three. */
function withTypos(text: string, r: () => number): string {
  if (r() > 1 / 3) return text;
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{5,}$/i.test(w));
  if (!long.length) return text;
  const [word, at] = long[Math.floor(r() * long.length)]!;
  const i = 1 + Math.floor(r() * (word.length - 2));
  const kind = Math.floor(r() * 4);
  const typo =
    kind === 0 ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
    : kind === 1 ? word.slice(0, i) + word.slice(i + 1)
    : kind === 2 ? word.slice(0, i) + word[i] + word.slice(i)
    : word.slice(0, i) + 'qwertyuiopasdfghjklzxcvbnm'[Math.floor(r() * 26)] + word.slice(i + 1);
  words[at] = typo;
  return words.join(' ');
}

interface Run { quality: ClusterQuality; ms: number }

function run(questions: string[][], labels: string[], options: Partial<GrouperOptions>): Run {
  const started = performance.now();
  const grouper = createGrouper(options);
  let next = 1;
  const ids = questions.map((terms) => {
    const id = grouper.place(terms).id ?? next++;
    grouper.add(id, terms);
    return id;
  });
  return { quality: clusterQuality(ids, labels), ms: performance.now() - started };
}

function average(runs: Run[]): Run {
  const mean = (f: (r: Run) => number): number => runs.reduce((s, r) => s + f(r), 0) / runs.length;
  const q = (f: (q: ClusterQuality) => number): number => mean((r) => f(r.quality));
  const first = runs[0]!.quality;
  return {
    ms: mean((r) => r.ms),
    quality: {
      ...first,
      groups: Math.round(q((x) => x.groups)),
      singletons: q((x) => x.singletons),
      pairwise: { precision: q((x) => x.pairwise.precision), recall: q((x) => x.pairwise.recall), f1: q((x) => x.pairwise.f1) },
      bcubed: { precision: q((x) => x.bcubed.precision), recall: q((x) => x.bcubed.recall), f1: q((x) => x.bcubed.f1) },
    },
  };
}

const rows = bankingTrain();
const f = (x: number): string => x.toFixed(3);
const header = `${'variant'.padEnd(34)} ${'thr'.padStart(4)} ${'groups'.padStart(6)} ${'single'.padStart(6)}  pair P  pair R pair F1    B3 P    B3 R   B3 F1   ms/1k`;

function table(title: string, typos: boolean, variants: [string, Partial<GrouperOptions>][], thresholds: number[]): void {
  console.log(`\n${title}`);
  console.log(header);
  for (const [name, variant] of variants) {
    for (const threshold of thresholds) {
      const options = { ...DEFAULT_GROUPER_OPTIONS, ...variant, threshold };
      const runs: Run[] = [];
      for (let seed = 1; seed <= SEEDS; seed++) {
        const stream = shuffled(rows, seed);
        const r = random(seed * 31);
        const questions = stream.map((row) => questionTerms(typos ? withTypos(row.text, r) : row.text, 'en'));
        runs.push(run(questions, stream.map((row) => row.category), options));
      }
      const { quality: q, ms } = average(runs);
      const isDefault = JSON.stringify(options) === JSON.stringify(DEFAULT_GROUPER_OPTIONS);
      console.log(
        `${(name + (isDefault ? ' (default)' : '')).padEnd(34)} ${threshold.toFixed(2).padStart(4)} ${String(q.groups).padStart(6)} ${`${(q.singletons * 100).toFixed(0)}%`.padStart(6)}` +
          `   ${f(q.pairwise.precision)}   ${f(q.pairwise.recall)}   ${f(q.pairwise.f1)}   ${f(q.bcubed.precision)}   ${f(q.bcubed.recall)}   ${f(q.bcubed.f1)}  ${(ms / (q.items / 1000)).toFixed(0).padStart(6)}`,
      );
    }
  }
}

console.log(`Grouping quality on BANKING77 train: ${rows.length} questions, ${new Set(rows.map((r) => r.category)).size} intents, shuffled stream, ${SEEDS} seed(s).`);
console.log('pair P: pairs in one group that share an intent; pair R: pairs of one intent put in one group. B3: B-cubed, per question.');
const d = DEFAULT_GROUPER_OPTIONS;
table('Thresholds (cosine of stemmed content terms to the group centroid, spelling repair):', false, [['terms', {}]], [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]);
table('Variants at the default threshold:', false, [
  ['+ character 3-grams 0.3', { gramWeight: 0.3 }],
  ['+ idf weights', { idf: true }],
  ['+ term pairs 0.5', { pairWeight: 0.5 }],
  ['no spelling repair', { repair: false }],
], [d.threshold]);
table('With a typo in one question of three:', true, [
  ['terms', {}],
  ['no spelling repair', { repair: false }],
  ['+ character 3-grams 0.3', { gramWeight: 0.3 }],
], [d.threshold]);
