/**
 * The panel tests' FAQ (./faq.md in Spanish, ./faq-en.md in English),
 * compiled and indexed like `ayuda build` does, once per test file.
 */
import { fileURLToPath } from 'node:url';
import { compileFaq } from '../../../compiler/index.ts';
import { buildSearchIndex } from '../../search/build-index.ts';
import { createSearchEngine, type SearchEngine } from '../../search/engine.ts';
import type { FaqIndex } from '../../search/index-format.ts';

let index: Promise<FaqIndex> | undefined;

export function fixtureIndex(): Promise<FaqIndex> {
  return (index ??= compileFaq(['./faq.md', './faq-en.md'].map((f) => fileURLToPath(new URL(f, import.meta.url)))).then(
    ({ faq, errors }) => {
      if (errors.length) throw new Error(`fixture FAQ: ${errors.map((e) => e.message).join('; ')}`);
      return buildSearchIndex(faq);
    },
  ));
}

export async function fixtureEngine(): Promise<SearchEngine> {
  return createSearchEngine(await fixtureIndex());
}
