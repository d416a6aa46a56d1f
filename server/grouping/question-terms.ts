/**
 * A question → its content terms, with the search engine's own analysis
 * (widget/src/search): case and accent folding, the built-in lexicon's
 * rewrites (chat spellings) and synonym groups (all of them: the grouping
 * does not know the site's FAQ), stop words dropped (question words too:
 * `topicStopwords`), Porter / Snowball stems.
 * One analyzer per language, built on first use (or by prepareAnalyzers).
 */
import { createAnalyzer, type Analyzer, type SynonymTable } from '../../widget/src/search/analyzer.ts';
import { builtInLexicon } from '../../widget/src/search/lexicon.ts';
import { topicStopwords } from '../../widget/src/search/stopwords.ts';
import { tokenize } from '../../widget/src/search/normalize.ts';

/** "es-MX" → "es": groups never mix languages. */
export function languageOf(locale: string): string {
  return locale.slice(0, 2).toLowerCase();
}

const analyzers = new Map<string, Analyzer>();

function analyzerFor(lang: string): Analyzer {
  let analyzer = analyzers.get(lang);
  if (analyzer) return analyzer;
  const stop = topicStopwords(lang);
  const lexicon = builtInLexicon(lang);
  const raw = createAnalyzer(lang, {}, {}, stop);
  // Null-prototype tables: a customer typing "constructor" must not find Object.prototype's.
  const synonyms: SynonymTable = Object.create(null) as SynonymTable;
  for (const group of lexicon.variants) {
    const keys = [...new Set(group.split('|').map((m) => raw.analyze(m).terms.join(' ')).filter(Boolean))];
    const canonical = synonyms[keys[0] ?? ''] ?? keys[0];
    if (canonical === undefined || keys.length < 2) continue;
    // The canonical phrase maps to itself too, so "pagar en cuotas" is one term like "pagar a plazos".
    for (const k of keys) if (!(k in synonyms)) synonyms[k] = canonical;
  }
  analyzer = createAnalyzer(lang, synonyms, Object.assign(Object.create(null) as Record<string, string>, lexicon.rewrites), stop);
  analyzers.set(lang, analyzer);
  return analyzer;
}

/**
 * Build now the analyzers of the languages with a built-in lexicon
 * (widget/src/search/lexicon.ts), whose synonym tables take tens of ms to
 * analyse (36 ms for Spanish on the 2-core machine): at a step's creation,
 * not inside its first slice, where the collector's requests would wait.
 */
export function prepareAnalyzers(langs: string[] = ['es', 'en']): void {
  for (const lang of langs) analyzerFor(lang);
}

/**
 * Distinct content terms of `text`, in order of appearance. A question of
 * stop words only ("how do I?") keeps its stemmed words, so it still groups
 * with itself.
 *
 * @example
 * questionTerms('¿Cómo DEVUELVO mis pedidos?', 'es') // ['devuelv', 'pedid']
 */
export function questionTerms(text: string, locale: string): string[] {
  const analysis = analyzerFor(languageOf(locale)).analyze(text);
  const terms = analysis.terms.length ? analysis.terms : analysis.tokens.map((t) => t.term);
  return [...new Set(terms.filter(Boolean))];
}

/**
 * Each content term of `text` with the words that made it, as typed but
 * folded ("money back" for the synonym term of "refund").
 *
 * @example
 * termWords('¿Cómo devuelvo mi pedido?', 'es') // [{ term: 'devolv', word: 'devuelvo' }, { term: 'pedid', word: 'pedido' }]
 */
export function termWords(text: string, locale: string): { term: string; word: string }[] {
  return analyzerFor(languageOf(locale))
    .analyze(text)
    .tokens.filter((t) => !t.stop && t.term)
    .map(({ term, word }) => ({ term, word }));
}

/** Folded words: the key under which two wordings count as one phrasing. */
export function phrasingKey(text: string): string {
  return tokenize(text).join(' ');
}
