/**
 * The search engine over the small FAQ (./small-faq.ts) without a lexicon,
 * as the engine tests search it, the queries they all run, and the words of
 * a hit's question that are highlighted.
 */
import { buildSearchIndex } from '../build-index.ts';
import { createSearchEngine, type SearchResult } from '../engine.ts';
import type { FaqIndex } from '../index-format.ts';
import { noLexicon, smallFaq } from './small-faq.ts';

/** A new index of the small FAQ, built without a lexicon. */
export const smallIndex = (): FaqIndex => buildSearchIndex(smallFaq, { lexicon: noLexicon });

export const engine = createSearchEngine(smallIndex());

/** The words of the top hit's question that are highlighted. */
export const highlighted = (r: SearchResult, hit = 0): string[] => {
  const h = r.hits[hit]!;
  return h.highlights.map(([a, b]) => h.entry.question.slice(a, b));
};

/** Queries of every kind with their locale: typos, one word, both languages, off-topic. */
export const ALL_QUERIES: [string, string][] = [
  ['devolusion de un pedido', 'es'],
  ['telefono', 'es'],
  ['contrasena olvidada', 'es'],
  ['fatura', 'es'],
  ['pedido', 'es'],
  ['cuanto tarda el envio', 'es'],
  ['pasword reset', 'en'],
  ['refnd', 'en'],
  ['how long does shipping take', 'en'],
  ['how', 'en'],
  ['paypal', 'en'],
  ["what's the weather in paris tomorrow", 'en'],
  ['receta de tortilla de patatas', 'es'],
];
