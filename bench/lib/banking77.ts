/**
 * BANKING77 as a FAQ benchmark, as ../shared/eval/README.md describes it:
 * one entry per intent, question = intent name made readable, alternates =
 * the first K rows of that intent in train.csv (file order).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { FaqEntry } from '../../widget/src/faq/types.ts';
import { resolve } from 'node:path';

export const EVAL_DIR = resolve(import.meta.dirname, '../../../shared/eval');

export interface Labelled { query: string; expected: string; locale?: string }

export function readRows(file: string): { text: string; category: string }[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
}

export function readable(intent: string): string {
  const s = intent.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function bankingTrain() { return readRows(`${EVAL_DIR}/banking77/train.csv`); }
export function bankingTest() { return readRows(`${EVAL_DIR}/banking77/test.csv`); }

/** FAQ entries for the given intents, alternates = first K train rows of each. */
export function bankingFaq(train: { text: string; category: string }[], k: number, intents?: Set<string>): FaqEntry[] {
  const byIntent = new Map<string, string[]>();
  for (const r of train) {
    if (intents && !intents.has(r.category)) continue;
    const list = byIntent.get(r.category) ?? [];
    list.push(r.text);
    byIntent.set(r.category, list);
  }
  return [...byIntent.entries()].map(([intent, rows]) => ({
    id: intent,
    question: readable(intent),
    answerHtml: '',
    answerText: '',
    alternates: rows.slice(0, k),
    tags: [],
    locale: 'en',
    related: [],
  }));
}
