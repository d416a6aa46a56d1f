/**
 * The search engine's public API: load a `faq-index.json`, search it.
 * Pure: no DOM, no network; runs the same in the browser and in Node.
 *
 * @example
 *   const engine = createSearchEngine(index);
 *   const { decision, hits } = engine.search('devolusion de un pedido', { locale: 'es' });
 */
import type { FaqIndex, IndexedEntry } from './index-format.ts';
import { INDEX_FORMAT, INDEX_VERSION } from './index-format.ts';
import { DEFAULT_PARAMS, type HitFeatures, type ModelParams, type QueryTerm } from './locale-model.ts';
import { LocaleSearch } from './locale-search.ts';
import { confidence, decide, DEFAULT_DECISION, type Decision, type DecisionModel } from './decision.ts';
import { highlightRanges, type Range } from './highlight.ts';
import { topK } from './top-k.ts';
import { languageShares, readLanguageProfile } from './language-profile.ts';

export type { Decision, Range };

export interface SearchHit {
  id: string;
  entry: IndexedEntry;
  /** Relevance in [0, 1]; comparable across queries (the decision thresholds apply to it). */
  score: number;
  /** Matched words in `entry.question`, as [start, end) character ranges. */
  highlights: Range[];
}

export interface SearchResult {
  query: string;
  /** The locale whose entries the hits come from. */
  locale: string;
  decision: Decision;
  /** Confidence in [0, 1] that the first hit answers the query. */
  confidence: number;
  hits: SearchHit[];
  /** What the confidence was computed from (for calibration and `ayuda search --json`). */
  features?: HitFeatures;
}

export interface SearchOptions {
  /** The customer's language; its entries are searched first. */
  locale?: string;
  /** At most this many hits (default 10). */
  limit?: number;
  /**
   * The last word may be unfinished (search as you type): when the FAQ does
   * not know it, it is completed to the shortest FAQ word it begins.
   */
  partial?: boolean;
}

export interface SearchEngine {
  locales: string[];
  entries: IndexedEntry[];
  /** The widget's UI strings per language, shipped in the index. */
  ui: FaqIndex['ui'];
  entry(id: string): IndexedEntry | undefined;
  search(query: string, options?: SearchOptions): SearchResult;
  /** Build what the first search would otherwise build (call when idle, before the customer types). */
  warm(locale?: string): void;
}

export interface EngineOptions {
  params?: ModelParams;
  decision?: DecisionModel;
}

export function createSearchEngine(index: FaqIndex, options: EngineOptions = {}): SearchEngine {
  if (index?.format !== INDEX_FORMAT) throw new Error('not an Ayuda FAQ index (rebuild it with `ayuda build`)');
  if (index.version !== INDEX_VERSION) throw new Error(`FAQ index version ${index.version} is not supported (expected ${INDEX_VERSION}); rebuild it with \`ayuda build\``);
  const decisionModel = options.decision ?? DEFAULT_DECISION;
  const byId = new Map(index.entries.map((e) => [e.id, e]));
  const locales = index.locales.map((li) => new LocaleSearch(li, index.entries, options.params ?? DEFAULT_PARAMS));
  const profiles = index.locales.every((li) => li.profile) ? index.locales.map((li) => readLanguageProfile(li.profile!)) : undefined;

  /** The FAQ's locale of the page's language, if it has one. */
  const pageLocale = (locale: string | undefined): LocaleSearch | undefined => {
    const want = (locale ?? '').toLowerCase();
    if (!want) return undefined;
    return locales.find((l) => l.locale === want) ?? locales.find((l) => l.locale.slice(0, 2) === want.slice(0, 2));
  };
  const pick = (locale: string | undefined): LocaleSearch | undefined => {
    const want = (locale ?? '').toLowerCase();
    return locales.find((l) => l.locale === want)
      ?? locales.find((l) => l.locale.slice(0, 2) === want.slice(0, 2))
      ?? locales[0];
  };

  const searchIn = (ls: LocaleSearch, query: string, limit: number, partial: boolean): SearchResult => {
    const { model, termIds } = ls.prepared;
    const tokens = ls.analyzer.analyze(query).tokens;
    // The word still being typed: the last one, unless a space or punctuation followed it.
    const typing = partial && /[\p{L}\p{N}]$/u.test(query) ? tokens.length - 1 : -1;
    const terms: QueryTerm[] = tokens.map(({ term: text, stop, word }, i) => {
      const id = termIds.get(text);
      if (id !== undefined || stop) return { id: id ?? -1, text, weight: 1, stop };
      const fix = (i === typing && ls.matcher.complete(word)) || ls.matcher.correct(word);
      return fix ? { id: termIds.get(fix.term)!, text: fix.term, weight: fix.similarity } : { id: -1, text, weight: 1 };
    });
    const result: SearchResult = { query, locale: ls.locale, decision: 'none', confidence: 0, hits: [] };
    if (!terms.some((t) => !t.stop)) return result;
    const scores = model.score(terms);
    const { score, coverage, cosine } = scores;
    // Only entries with evidence rank: a query word found in the entry (after
    // folding, stemming, synonyms and typo correction) or spelling much like it.
    const related = score.map((s, e) => (coverage[e]! > 0 || cosine[e]! >= MIN_COSINE ? s : 0));
    const order = topK(related, Math.max(limit, 2));
    if (order.length) {
      result.features = model.features(terms, scores, order[0]!, order[1]);
      result.confidence = round(confidence(result.features, decisionModel));
      result.decision = decide(result.confidence, decisionModel);
    }
    const matched = new Set(terms.filter((t) => t.id >= 0 && !t.stop).map((t) => t.text));
    result.hits = order.slice(0, limit).map((e) => {
      const entry = index.entries[ls.positions[e]!]!;
      return { id: entry.id, entry, score: round(score[e]!), highlights: highlightRanges(entry.question, ls.analyzer.term, matched) };
    });
    return result;
  };

  return {
    locales: locales.map((l) => l.locale),
    entries: index.entries,
    ui: index.ui,
    entry: (id) => byId.get(id),
    search(query, opts = {}) {
      const limit = opts.limit ?? 10;
      const partial = !!opts.partial;
      if (!locales.length) return { query, locale: opts.locale ?? '', decision: 'none', confidence: 0, hits: [] };
      // The query's language, not only the page's: each locale's evidence
      // (its stop words, its FAQ's words, its letters), the page's language
      // a little ahead. Unsure (less than a word apart): search them all and
      // keep the most confident.
      const page = pageLocale(opts.locale);
      const shares = profiles ? languageShares(query, profiles) : undefined;
      // Letters say little about one word ("paypal"): they weigh a word each, up to LETTERS_WEIGHT.
      const letters = Math.min(LETTERS_WEIGHT, query.match(/\p{L}+/gu)?.length ?? 0);
      const ranked = locales
        .map((ls, i) => ({ ls, evidence: ls.languageEvidence(query, partial) + (ls === page ? PAGE_PRIOR : 0) + letters * (shares?.[i] ?? 0) }))
        .sort((a, b) => b.evidence - a.evidence);
      const lead = ranked[0]!.evidence;
      let best: SearchResult | undefined;
      let bestRank = -1;
      for (const { ls, evidence } of ranked) {
        const sure = lead - evidence >= SURE;
        if (sure && best?.decision === 'answered') break;
        const r = searchIn(ls, query, limit, partial);
        // Unsure: the most confident, the page's language by a margin. A
        // language the query does not read as wins only with a better answer.
        const rank = r.confidence + (ls === page ? PAGE_CONFIDENCE : 0);
        if (!best || (rank > bestRank && (!sure || (r.decision === 'answered' && r.confidence > best.confidence)))) {
          best = r;
          bestRank = rank;
        }
      }
      return best!;
    },
    warm(locale) {
      for (const ls of locale ? [pick(locale)!] : locales) {
        ls.prepared.model.warm();
        ls.matcher.warm();
      }
    },
  };
}

/** What the letters alone say (language-profile.ts) is worth up to this many words. */
const LETTERS_WEIGHT = 3;
/** The page's language starts this far ahead in language evidence (half a word). */
const PAGE_PRIOR = 0.5;
/** Between languages the query may be in, the page's wins unless another is this much more confident. */
const PAGE_CONFIDENCE = 0.15;
/** A language this far behind the query's (one word of evidence) is searched only when the query's has no answer. */
const SURE = 1;

/** Character-gram cosine that counts as evidence on its own (no shared term). */
const MIN_COSINE = 0.3;

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
