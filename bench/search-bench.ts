/**
 * `npm run bench`: search latency (p50/p95/p99 per query), index build time,
 * index size (raw and gzip, total and per entry) and heap after loading, for
 * FAQs of 100, 1,000 and 10,000 entries made from real customer text
 * (BANKING77 train rows as questions, alternates and answers; its test rows
 * as queries). Then the index in pieces (widget/compiler/answer-chunks.ts):
 * the part a page ranks with and the answer chunks, at the same sizes and on
 * the demo shop (what a customer downloads to search and read one answer,
 * with the first results' chunks prefetched, per chunk size). Prints
 * figures; asserts nothing.
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { bankingTrain, bankingTest } from './lib/banking77.ts';
import { percentile } from '../cli/lib/evaluate.ts';
import { buildSearchIndex } from '../widget/src/search/build-index.ts';
import { createSearchEngine } from '../widget/src/search/engine.ts';
import type { FaqEntry } from '../widget/src/faq/types.ts';
import type { FaqIndex } from '../widget/src/search/index-format.ts';
import { CHUNK_BYTES } from '../widget/compiler/answer-chunks.ts';
import { compileFaq } from '../widget/compiler/index.ts';
import { serializeParts, splitByLocale } from '../widget/compiler/write-faq-index.ts';
import type { CompiledFaq } from '../widget/src/faq/types.ts';
import { loadSet } from './lib/dev-sets.ts';
import { PREFETCH } from '../widget/src/panel/answers.ts';

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

const gzip = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const serializedGzip = (x: unknown) => gzip(`${JSON.stringify(x)}\n`);

console.log('\n### The index in pieces (gzip): the part a page ranks with, and the answers in chunks');
console.log(`| entries | faq-index.json (whole, for Node) | one part with its answers | search part | answers: chunks, total, mean per chunk | search + one answer |`);
console.log('|---|---|---|---|---|---|');
for (const n of [100, 1000, 10000]) {
  const faq: CompiledFaq = { entries: syntheticFaq(n), synonyms: {} };
  const whole = buildSearchIndex(faq);
  const { bytes, chunks } = serializeParts(faq)[0]!;
  const chunkGz = chunks.map((c) => gzip(c.bytes));
  const total = chunkGz.reduce((a, b) => a + b, 0);
  console.log(`| ${n} | ${kib(serializedGzip(whole))} | ${kib(serializedGzip(splitByLocale(whole)[0]))} | ${kib(gzip(bytes))} | ${chunks.length}, ${kib(total)}, ${(total / chunks.length).toFixed(0)} B | ${kib(gzip(bytes) + total / chunks.length)} |`);
}

/**
 * The demo shop with its development questions (tienda-lumen, the same
 * entries): per query, its language's part, the chunks of the first
 * PREFETCH results (fetched while the list is read) and of the answer read
 * (the expected one); mean bytes per search, for several chunk sizes.
 */
const demo = (await compileFaq(['es', 'en'].map((l) => new URL(`../demo/faq/${l}.md`, import.meta.url).pathname))).faq;
const questions = (await loadSet('tienda-lumen')).queries.filter((q) => q.expected);
console.log(`\n### Demo shop (${demo.entries.length} entries): bytes to search and read one answer (gzip, mean of ${questions.length} questions, first ${PREFETCH} results' chunks prefetched)`);
const inOnePart = splitByLocale(buildSearchIndex(demo)).map((p) => [p.locales[0]!.locale, serializedGzip(p)] as const);
console.log(`one part with every answer (no chunks): ${inOnePart.map(([l, b]) => `${l} ${b.toLocaleString('en-US')} B`).join(', ')}`);
console.log('| chunk size (JSON) | chunks (en + es) | part en / es | mean chunk | search + prefetch + read one |');
console.log('|---|---|---|---|---|');
for (const size of [1000, 2000, 4000, 8000, 16000]) {
  const parts = serializeParts(demo, size);
  const chunkGz = new Map(parts.flatMap((p) => p.chunks.map((c) => [c.name, gzip(c.bytes)] as const)));
  let sum = 0, n = 0;
  for (const p of parts) {
    const engine = createSearchEngine(JSON.parse(p.bytes.toString()) as FaqIndex);
    for (const q of questions.filter((q) => (q.locale ?? 'es') === p.locale)) {
      const read = engine.entry(q.expected);
      if (!read) continue;
      const r = engine.search(q.query, { locale: p.locale, limit: 8 });
      const fetched = new Set([...r.hits.slice(0, Math.min(PREFETCH, r.shown ?? 0)).map((h) => h.entry.answers!), read.answers!]);
      sum += gzip(p.bytes) + [...fetched].reduce((a, c) => a + chunkGz.get(c)!, 0);
      n++;
    }
  }
  const mean = [...chunkGz.values()].reduce((a, b) => a + b, 0) / chunkGz.size;
  console.log(`| ${size.toLocaleString('en-US')} B${size === CHUNK_BYTES ? ' (the build\'s)' : ''} | ${parts.map((p) => p.chunks.length).join(' + ')} | ${parts.map((p) => gzip(p.bytes).toLocaleString('en-US')).join(' / ')} B | ${mean.toFixed(0)} B | ${Math.round(sum / n).toLocaleString('en-US')} B |`);
}
