/**
 * `npm run eval:grouping`: how well the dashboard's incremental grouping
 * (server/grouping/grouper.ts) puts questions of one intent together and
 * questions of different intents apart, on BANKING77 train (10,003 customer
 * questions, 77 intents), fed one by one in a shuffled order as a stream of
 * unanswered questions would arrive. Prints pairwise and B-cubed precision,
 * recall and F1 for thresholds and variants, with and without a typo in one
 * question of three.
 *
 * Each question carries its closest FAQ entry as in production: the top hit
 * (and its score) of Ayuda's search over BANKING77 as a FAQ (K = 10
 * alternates per intent, bench/lib/banking77.ts), never its label; none
 * when the search's decision is `none` (the widget records no hits then).
 * Two variants show how much rests on it: a FAQ missing a quarter of the
 * intents (their questions come closest to a wrong entry), and three
 * questions in ten without an entry.
 *
 * `--telco` instead groups the Spanish telco questions of bench/data/faqs
 * (closest entries from their own FAQ), unlabelled, and prints the largest
 * groups to read.
 *
 *   npm run eval:grouping [-- --seeds 3] [-- --telco]
 */
import { bankingFaq, bankingTrain } from './lib/banking77.ts';
import { loadSet } from './lib/dev-sets.ts';
import type { FaqEntry } from '../widget/src/faq/types.ts';
import { rng as random } from './lib/splits.ts';
import { clusterQuality, type ClusterQuality } from '../server/grouping/cluster-quality.ts';
import { createGrouper, DEFAULT_GROUPER_OPTIONS, type ClosestEntry, type GrouperOptions, type Question } from '../server/grouping/grouper.ts';
import { questionTerms } from '../server/grouping/question-terms.ts';
import { buildSearchIndex } from '../widget/src/search/build-index.ts';
import { createSearchEngine } from '../widget/src/search/engine.ts';

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

const rows = bankingTrain();
const intents = [...new Set(rows.map((r) => r.category))].sort();
/** Every fourth intent, left out of the FAQ for the "FAQ missing intents" variant. */
const missing = new Set(intents.filter((_, i) => i % 4 === 1));

/** The closest entry as the widget records it: the top hit shown, with its score; none after a `none` search. */
function closestBy(faq: FaqEntry[], locale = 'en'): (text: string) => ClosestEntry | null {
  const engine = createSearchEngine(buildSearchIndex({ entries: faq, synonyms: {} } as Parameters<typeof buildSearchIndex>[0]));
  return (text) => {
    const r = engine.search(text, { locale, limit: 5 });
    const top = r.hits[0];
    return r.decision === 'none' || !top ? null : { id: top.id, score: Math.round(top.score * 1000) / 1000 };
  };
}
const closest = { full: closestBy(bankingFaq(rows, 10)), missing: closestBy(bankingFaq(rows, 10, new Set(intents.filter((i) => !missing.has(i))))) };

type Faq = 'full' | 'missing' | 'none';
interface Stream { labels: string[]; texts: string[]; terms: string[][]; entries: Record<Exclude<Faq, 'none'>, (ClosestEntry | null)[]> }
const streams = new Map<string, Stream>();
function stream(seed: number, typos: boolean): Stream {
  const key = `${seed}:${typos}`;
  let s = streams.get(key);
  if (s) return s;
  const order = shuffled(rows, seed);
  const r = random(seed * 31);
  const texts = order.map((row) => (typos ? withTypos(row.text, r) : row.text));
  s = { labels: order.map((row) => row.category), texts, terms: texts.map((t) => questionTerms(t, 'en')), entries: { full: texts.map(closest.full), missing: texts.map(closest.missing) } };
  streams.set(key, s);
  return s;
}

interface Variant { options?: Partial<GrouperOptions>; faq?: Faq; withoutEntry?: number }
interface Run { quality: ClusterQuality; ms: number }

function run(s: Stream, { options = {}, faq = 'full', withoutEntry = 0 }: Variant): Run {
  const grouper = createGrouper(options);
  let next = 1;
  const started = performance.now();
  const ids = s.terms.map((terms, i) => {
    // Golden-ratio steps: an even spread of questions without an entry.
    const dropped = faq === 'none' || (i * 0.618034) % 1 < withoutEntry;
    const question: Question = { terms, entry: dropped ? null : s.entries[faq][i] };
    const id = grouper.place(question).id ?? next++;
    grouper.add(id, question);
    return id;
  });
  const ms = performance.now() - started;
  return { quality: clusterQuality(ids.map((id) => grouper.group(id)), s.labels), ms };
}

function average(runs: Run[]): Run {
  const mean = (f: (r: Run) => number): number => runs.reduce((s, r) => s + f(r), 0) / runs.length;
  const q = (f: (q: ClusterQuality) => number): number => mean((r) => f(r.quality));
  return {
    ms: mean((r) => r.ms),
    quality: {
      ...runs[0]!.quality,
      groups: Math.round(q((x) => x.groups)),
      singletons: q((x) => x.singletons),
      pairwise: { precision: q((x) => x.pairwise.precision), recall: q((x) => x.pairwise.recall), f1: q((x) => x.pairwise.f1) },
      bcubed: { precision: q((x) => x.bcubed.precision), recall: q((x) => x.bcubed.recall), f1: q((x) => x.bcubed.f1) },
    },
  };
}

const f = (x: number): string => x.toFixed(3);
const header = `${'variant'.padEnd(40)} ${'thr'.padStart(4)} ${'groups'.padStart(6)} ${'single'.padStart(6)}  pair P  pair R pair F1    B3 P    B3 R   B3 F1   ms/1k`;

function table(title: string, typos: boolean, variants: [string, Variant][], thresholds?: number[]): void {
  console.log(`\n${title}`);
  console.log(header);
  for (const [name, variant] of variants) {
    for (const threshold of thresholds ?? [variant.options?.threshold ?? DEFAULT_GROUPER_OPTIONS.threshold]) {
      const options = { ...DEFAULT_GROUPER_OPTIONS, ...variant.options, threshold };
      const runs: Run[] = [];
      for (let seed = 1; seed <= SEEDS; seed++) runs.push(run(stream(seed, typos), { ...variant, options }));
      const { quality: q, ms } = average(runs);
      const isDefault = JSON.stringify(options) === JSON.stringify(DEFAULT_GROUPER_OPTIONS) && !variant.faq && !variant.withoutEntry;
      console.log(
        `${(name + (isDefault ? ' (default)' : '')).padEnd(40)} ${threshold.toFixed(2).padStart(4)} ${String(q.groups).padStart(6)} ${`${(q.singletons * 100).toFixed(0)}%`.padStart(6)}` +
          `   ${f(q.pairwise.precision)}   ${f(q.pairwise.recall)}   ${f(q.pairwise.f1)}   ${f(q.bcubed.precision)}   ${f(q.bcubed.recall)}   ${f(q.bcubed.f1)}  ${(ms / (q.items / 1000)).toFixed(0).padStart(6)}`,
      );
    }
  }
}

/** The telco questions as one unlabelled stream: the largest groups, each with its wordings and closest entries. */
async function telco(): Promise<void> {
  const set = await loadSet('telco');
  const closestTelco = closestBy(set.faq.entries, 'es');
  const grouper = createGrouper();
  let next = 1;
  const placed = set.queries.map(({ query }) => {
    const question: Question = { terms: questionTerms(query, 'es'), entry: closestTelco(query) };
    const id = grouper.place(question).id ?? next++;
    grouper.add(id, question);
    return { id, query, entry: question.entry?.id ?? '—' };
  });
  const groups = new Map<number, typeof placed>();
  for (const p of placed) groups.set(grouper.group(p.id), [...(groups.get(grouper.group(p.id)) ?? []), p]);
  const sorted = [...groups.values()].sort((a, b) => b.length - a.length);
  console.log(`Telco (es): ${placed.length} questions in ${groups.size} groups, ${sorted.filter((g) => g.length === 1).length} alone. The largest:`);
  for (const g of sorted.slice(0, 12)) console.log(`\n${g.length} questions:\n${g.slice(0, 8).map((p) => `  ${p.query}  [${p.entry}]`).join('\n')}`);
}
if (process.argv.includes('--telco')) {
  await telco();
  process.exit(0);
}

const wordsOnly: Variant = { faq: 'none', options: { entryWeight: 0, mergeThreshold: 0 } };
console.log(`Grouping quality on BANKING77 train: ${rows.length} questions, ${intents.length} intents, shuffled stream, ${SEEDS} seed(s).`);
console.log('pair P: pairs in one group that share an intent; pair R: pairs of one intent put in one group. B3: B-cubed, per question.');
table('Thresholds (cosine to a prototype of terms + closest entry, then average-linkage merges):', false, [['terms + entry + merges', {}]], [0.4, 0.45, 0.5, 0.55, 0.6]);
table('Variants (what each part adds, and how much rests on the closest entry):', false, [
  ['words only (before: no entry, no merges)', wordsOnly],
  ['words + merges', { faq: 'none', options: { entryWeight: 0 } }],
  ['words + entry, no merges', { options: { mergeThreshold: 0 } }],
  ['entry at full weight whatever its score', { options: { entryFullScore: 0 } }],
  ['merges only from size 1', { options: { mergeMinSize: 1 } }],
  ['candidates uncapped', { options: { maxPostings: Infinity } }],
  ['no spelling repair', { options: { repair: false } }],
  ['3 questions in 10 without an entry', { withoutEntry: 0.3 }],
  [`FAQ missing ${missing.size} of ${intents.length} intents`, { faq: 'missing' }],
]);
table('With a typo in one question of three:', true, [
  ['terms + entry + merges', {}],
  ['words only (before)', wordsOnly],
  ['no spelling repair', { options: { repair: false } }],
  [`FAQ missing ${missing.size} of ${intents.length} intents`, { faq: 'missing' }],
]);
