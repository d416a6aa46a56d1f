/**
 * `ayuda eval --faq FILE --queries FILE.csv [--json]`: how well the engine
 * answers a labelled query set (CSV `query,expected[,locale]`, `expected`
 * empty for a question the FAQ cannot answer).
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { compileFaq, formatError } from '../../widget/compiler/index.ts';
import { buildSearchIndex } from '../../widget/src/search/build-index.ts';
import { createSearchEngine } from '../../widget/src/search/engine.ts';
import { evaluate, type EvalFigures, type LabelledQuery } from '../lib/evaluate.ts';

export async function readQueries(path: string): Promise<LabelledQuery[]> {
  const rows: Record<string, string>[] = parse(await readFile(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
  if (rows.length && !('query' in rows[0]! && 'expected' in rows[0]!)) {
    throw new Error(`${path}: expected columns query,expected[,locale], got ${Object.keys(rows[0]!).join(',')}`);
  }
  return rows.map((r) => ({ query: r.query ?? '', expected: (r.expected ?? '').trim(), locale: r.locale || undefined }));
}

export async function runEval(faqPaths: string[], queriesPath: string): Promise<EvalFigures> {
  const { faq, errors } = await compileFaq(faqPaths);
  if (errors.length) throw new Error(`the FAQ has errors:\n${errors.map(formatError).join('\n')}`);
  const queries = await readQueries(queriesPath);
  const ids = new Set(faq.entries.map((e) => e.id));
  const unknown = queries.filter((q) => q.expected && !ids.has(q.expected));
  if (unknown.length) throw new Error(`${queriesPath}: expected id "${unknown[0]!.expected}" is not in the FAQ (${unknown.length} such rows)`);
  const engine = createSearchEngine(buildSearchIndex(faq));
  return evaluate((q) => {
    const r = engine.search(q.query, { locale: q.locale, limit: 10 });
    return { ids: r.hits.map((h) => h.id), decision: r.decision };
  }, queries);
}

export function formatFigures(f: EvalFigures): string {
  const pct = (x: number | null) => (x === null ? '–' : x.toFixed(3));
  return [
    `queries                    ${f.n}`,
    `top-1                      ${pct(f.top1)}`,
    `top-3                      ${pct(f.top3)}`,
    `MRR                        ${pct(f.mrr)}`,
    `answered (in scope)        ${pct(f.answered_in_scope)}`,
    `abstained (out of scope)   ${pct(f.abstained_out_of_scope)}`,
    `latency p50 / p95          ${f.p50_ms} ms / ${f.p95_ms} ms`,
  ].join('\n');
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('evaluate search quality on a labelled query set')
    .requiredOption('--faq <files...>', 'FAQ source file(s), as for `ayuda build`')
    .requiredOption('--queries <file>', 'CSV with columns query,expected[,locale]')
    .option('--json', 'print one JSON object')
    .action(async (opts: { faq: string[]; queries: string; json?: boolean }) => {
      const f = await runEval(opts.faq, opts.queries);
      process.stdout.write((opts.json ? JSON.stringify(f) : formatFigures(f)) + '\n');
    });
}
