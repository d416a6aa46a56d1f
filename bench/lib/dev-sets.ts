/**
 * The development FAQ sets of bench/data/faqs/ (each a folder with
 * faq.csv or faq-sources.txt, queries.csv and README.md), and BANKING77's
 * train split as one more set when ../shared/eval is there. Benchmarks and
 * the decision's calibration read every set through here, so a change is
 * always judged on all of them at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { compileFaq, formatError } from '../../widget/compiler/index.ts';
import type { CompiledFaq } from '../../widget/src/faq/types.ts';
import type { LabelledQuery } from '../../cli/lib/evaluate.ts';
import { bankingFaq, EVAL_DIR, readRows } from './banking77.ts';
import { validationQueries } from './splits.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SETS_DIR = join(ROOT, 'bench/data/faqs');

export interface DevSet {
  name: string;
  faq: CompiledFaq;
  queries: LabelledQuery[];
}

/** The FAQ's source files: faq.csv, or the repository paths listed in faq-sources.txt (one per line). */
function sourcesOf(dir: string): string[] {
  const list = join(dir, 'faq-sources.txt');
  if (!existsSync(list)) return [join(dir, 'faq.csv')];
  return readFileSync(list, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((p) => join(ROOT, p));
}

export async function loadSet(name: string): Promise<DevSet> {
  const dir = join(SETS_DIR, name);
  const { faq, errors } = await compileFaq(sourcesOf(dir));
  if (errors.length) throw new Error(`${name}: the FAQ has errors:\n${errors.map(formatError).join('\n')}`);
  const rows: Record<string, string>[] = parse(readFileSync(join(dir, 'queries.csv'), 'utf8'), { columns: true, bom: true });
  const queries = rows.map((r) => ({ query: r.query!, expected: (r.expected ?? '').trim(), locale: r.locale || undefined }));
  return { name, faq, queries };
}

export function setNames(): string[] {
  return readdirSync(SETS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(SETS_DIR, d.name, 'queries.csv')))
    .map((d) => d.name).sort();
}

/**
 * BANKING77 as a development set: 77 entries with K = 10 alternates from
 * train.csv, validation queries from rows 21–45 of each intent (train only).
 * Undefined when ../shared/eval is missing.
 */
export function bankingDevSet(k = 10): DevSet | undefined {
  const file = `${EVAL_DIR}/banking77/train.csv`;
  if (!existsSync(file)) return undefined;
  const train = readRows(file);
  return { name: 'banking77-train', faq: { entries: bankingFaq(train, k), synonyms: {} }, queries: validationQueries(train) };
}

/** Every set: the in-tree ones, then BANKING77 (with a note on stderr when ../shared/eval is missing). */
export async function allDevSets(): Promise<DevSet[]> {
  const sets = await Promise.all(setNames().map(loadSet));
  const banking = bankingDevSet();
  if (banking) sets.push(banking);
  else process.stderr.write(`note: ${EVAL_DIR}/banking77 is missing; BANKING77 is left out\n`);
  return sets;
}
