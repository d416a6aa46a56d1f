/**
 * `npm run bench`: search latency (p50/p95/p99 per query), index build time,
 * index size (raw and gzip, total and per entry) and heap after loading, for
 * FAQs of 100, 1,000 and 10,000 entries made from real customer text
 * (BANKING77 train rows as questions, alternates and answers; its test rows
 * as queries). Prints figures; asserts nothing.
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { bankingTrain, bankingTest } from './lib/banking77.ts';
import { percentile } from '../cli/lib/evaluate.ts';
import { buildSearchIndex } from '../widget/src/search/build-index.ts';
import { createSearchEngine } from '../widget/src/search/engine.ts';
import type { FaqEntry } from '../widget/src/faq/types.ts';
import type { FaqIndex } from '../widget/src/search/index-format.ts';

const rows = bankingTrain().map((r) => r.text);
const queries = bankingTest().map((r) => r.text);

function syntheticFaq(n: number): FaqEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const at = (k: number) => rows[(i * 7 + k * 131) % rows.length]!;
    const answer = [at(4), at(5), at(6), at(7)].join(' ');
    return { id: `e${i}`, question: at(0), alternates: [at(1), at(2), at(3)], answerHtml: `<p>${answer}</p>`, answerText: answer, tags: [], locale: 'en', related: [] };
  });
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
console.log('| entries | build ms | index raw | index gzip | gzip/entry | load ms | warm-up ms (slices, longest ms) | first query cold ms | heap after load | p50 ms | p95 ms | p99 ms |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const n of [100, 1000, 10000]) {
  const entries = syntheticFaq(n);
  let t0 = performance.now();
  const index = buildSearchIndex({ entries, synonyms: {} });
  const json = JSON.stringify(index);
  const buildMs = performance.now() - t0;
  const gz = gzipSync(json, { level: 9 }).length;
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  t0 = performance.now();
  const engine = createSearchEngine(JSON.parse(json) as FaqIndex);
  const loadMs = performance.now() - t0;
  // What the panel builds when idle, one slice at a time (widget/src/panel/main.ts), and what a first query costs without it.
  let slices = 0;
  let longest = 0;
  t0 = performance.now();
  for (let done = false; !done; slices++) {
    const t = performance.now();
    done = engine.warmStep('en');
    longest = Math.max(longest, performance.now() - t);
  }
  const warmMs = performance.now() - t0;
  const cold = createSearchEngine(JSON.parse(json) as FaqIndex);
  t0 = performance.now();
  cold.search('my card payment was declined', { locale: 'en' });
  const firstMs = performance.now() - t0;
  engine.search('warm up the character model', { locale: 'en' });
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed - heap0;
  // Warm-up: the first queries pay for the JIT and the lazily built typo list.
  for (const q of queries.slice(0, 200)) engine.search(q, { locale: 'en' });
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    engine.search(q, { locale: 'en' });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`| ${n} | ${buildMs.toFixed(0)} | ${kib(json.length)} | ${kib(gz)} | ${(gz / n).toFixed(0)} B | ${loadMs.toFixed(1)} | ${warmMs.toFixed(0)} (${slices}, ${longest.toFixed(1)}) | ${firstMs.toFixed(0)} | ${(heap / 1048576).toFixed(1)} MiB | ${percentile(times, 0.5)} | ${percentile(times, 0.95)} | ${percentile(times, 0.99)} |`);
}
