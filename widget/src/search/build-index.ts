/**
 * Build-time: turn a compiled FAQ into the serialisable search index
 * (`faq-index.json`). PLACEHOLDER being replaced by the real engine.
 */
import type { CompiledFaq, FaqEntry } from '../faq/types.ts';

export const INDEX_VERSION = 1;

export interface FaqIndex {
  version: number;
  entries: FaqEntry[];
}

export function buildSearchIndex(faq: CompiledFaq): FaqIndex {
  return { version: INDEX_VERSION, entries: faq.entries };
}
