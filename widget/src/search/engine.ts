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
import { createQueryLanguages } from './query-language.ts';

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
  /**
   * How many of `hits` the panel lists (and the recorder records): they stop
   * where the scores fall away from the best one, instead of padding the list
   * with unrelated entries. The decision does not empty the list: a `none` or
   * `weak` search shows what came close, under "These might help".
   */
  shown?: number;
  /**
   * Locales not loaded yet that the query may be written in: load them
   * (`engine.add`) and search again.
   */
  elsewhere?: string[];
  /**
   * A keystroke's search (`partial`) before the engine's warm-up has built
   * the character grams: ranked by the words alone, at once, rather than
   * finishing the warm-up first. Search again once warm: the panel does,
   * and only that search is recorded.
   */
  rough?: boolean;
}

export interface SearchOptions {
  /** The customer's language; its entries are searched first. */
  locale?: string;
  /** At most this many hits (default 10). */
  limit?: number;
  /**
   * The last word may be unfinished (search as you type): when the FAQ does
   * not know it, it is completed to the shortest FAQ word it begins. Before
   * the warm-up is done, the result may be `rough`.
   */
  partial?: boolean;
}

export interface SearchEngine {
  /** The locales whose entries are loaded and searched. */
  locales: string[];
  /** Every locale of the FAQ, loaded or not (load one with `add`). */
  languages: string[];
  entries: IndexedEntry[];
  /** The widget's UI strings per language, shipped in the index. */
  ui: FaqIndex['ui'];
  entry(id: string): IndexedEntry | undefined;
  search(query: string, options?: SearchOptions): SearchResult;
  /** Load another locale's part of the index (`ayuda build` writes one per locale). */
  add(part: FaqIndex): void;
  /** Build what the first search would otherwise build (call when idle, before the customer types). */
  warm(locale?: string): void;
  /** The same in slices of a few ms: one slice per call, true when done (panel/main.ts runs it when idle). */
  warmStep(locale?: string): boolean;
}

export interface EngineOptions {
  params?: ModelParams;
  decision?: DecisionModel;
}

function check(index: FaqIndex): void {
  if (index?.format !== INDEX_FORMAT) throw new Error('not an Ayuda FAQ index (rebuild it with `ayuda build`)');
  if (index.version !== INDEX_VERSION) throw new Error(`FAQ index version ${index.version} is not supported (expected ${INDEX_VERSION}); rebuild it with \`ayuda build\``);
}

export function createSearchEngine(index: FaqIndex, options: EngineOptions = {}): SearchEngine {
  check(index);
  const decisionModel = options.decision ?? DEFAULT_DECISION;
  const entries: IndexedEntry[] = [];
  const byId = new Map<string, IndexedEntry>();
  const locales: LocaleSearch[] = [];
  const languages = index.languages ?? index.locales.map((li) => ({ locale: li.locale, stopwords: li.stopwords }));
  const queryLanguages = createQueryLanguages(languages);

  const add = (part: FaqIndex): void => {
    check(part);
    const added = new Set<string>();
    for (const li of part.locales) {
      if (locales.some((l) => l.locale === li.locale)) continue;
      const mine = li.entries.map((p) => part.entries[p]!);
      for (const e of mine) byId.set(e.id, e);
      locales.push(new LocaleSearch(li, mine, options.params ?? DEFAULT_PARAMS));
      added.add(li.locale);
    }
    // In the index's order: the FAQ's first entries come first (panel/suggestions.ts).
    entries.push(...part.entries.filter((e) => added.has(e.locale)));
  };
  add(index);

  /** The FAQ's locale (loaded or not) for a page's language tag: the same tag, else the same language. */
  const localeOf = (tag: string | undefined): string | undefined => {
    const want = (tag ?? '').toLowerCase();
    const all = languages.map((l) => l.locale);
    return want ? all.find((l) => l === want) ?? all.find((l) => l.slice(0, 2) === want.slice(0, 2)) : undefined;
  };
  /** The loaded locale for a language tag, else the first loaded. */
  const pick = (tag: string | undefined): LocaleSearch => locales.find((l) => l.locale === localeOf(tag)) ?? locales[0]!;

  const searchIn = (ls: LocaleSearch, query: string, limit: number, terms: QueryTerm[], partial?: boolean): SearchResult => {
    const { model } = ls.prepared;
    const result: SearchResult = { query, locale: ls.locale, decision: 'none', confidence: 0, hits: [] };
    if (!terms.some((t) => !t.stop)) return result;
    // While the warm-up runs in slices, a keystroke does not finish it: it ranks by the words alone.
    if (partial && ls.warming && !model.warm) result.rough = true;
    const scores = model.score(terms, result.rough);
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
      const entry = ls.entries[e]!;
      return { id: entry.id, entry, score: round(score[e]!), highlights: highlightRanges(entry.question, ls.analyzer.term, matched) };
    });
    return listed(result);
  };

  const engine: SearchEngine = {
    get locales() { return locales.map((l) => l.locale); },
    languages: languages.map((l) => l.locale),
    entries,
    ui: index.ui,
    entry: (id) => byId.get(id),
    add,
    search(query, opts = {}) {
      const limit = opts.limit ?? 10;
      const partial = !!opts.partial;
      if (!locales.length) return { query, locale: opts.locale ?? '', decision: 'none', confidence: 0, hits: [] };
      // The query's language, not only the page's (query-language.ts). Unsure
      // (less than a word apart): search every loaded language and keep the
      // most confident, the page's by a margin.
      const page = localeOf(opts.locale);
      const terms = new Map(locales.map((ls) => [ls.locale, ls.terms(query, partial)]));
      const evidence = queryLanguages.evidence(query, (l) => terms.get(l), page);
      const ranked = languages.map((l, i) => ({ locale: l.locale, evidence: evidence[i]! })).sort((a, b) => b.evidence - a.evidence);
      const lead = ranked[0]!.evidence;
      let best: SearchResult | undefined;
      let bestRank = -1;
      /** The results of the languages the query may be in. */
      const unsure: SearchResult[] = [];
      const elsewhere: string[] = [];
      for (const { locale, evidence: e } of ranked) {
        const sure = lead - e >= SURE;
        const ls = locales.find((l) => l.locale === locale);
        if (!ls) {
          if (!sure) elsewhere.push(locale);
          continue;
        }
        if (sure && best?.decision === 'answered') break;
        // In a language the query surely is not in, its words are not typos of that language's words.
        const own = terms.get(locale)!;
        const r = searchIn(ls, query, limit, sure ? own.map((t) => (t.weight < 1 ? { ...t, id: -1 } : t)) : own, partial);
        // A language the query does not read as wins only with a better answer.
        const rank = r.confidence + (locale === page ? PAGE_CONFIDENCE : 0);
        if (!sure) unsure.push(r);
        if (!best || (rank > bestRank && (!sure || (r.decision === 'answered' && r.confidence > best.confidence)))) {
          best = r;
          bestRank = rank;
        }
      }
      best ??= searchIn(pick(opts.locale), query, limit, terms.get(pick(opts.locale).locale)!, partial);
      if (elsewhere.length) best.elsewhere = elsewhere;
      // Unsure of the language ("parental controll", "roaming"): the other
      // language's best answer joins the list when it is about as good, in the
      // order of its score but never above the first hit, which the decision judged.
      for (const r of unsure) {
        const top = r.hits[0];
        if (r !== best && top && top.score >= (best.hits[0]?.score ?? 2) * MERGED_SHARE) {
          best.hits.splice(Math.max(1, best.hits.filter((h) => h.score >= top.score).length), 0, top);
          best.hits.length = Math.min(best.hits.length, limit);
          listed(best);
        }
      }
      return best;
    },
    warm(locale) {
      // The slices of warmStep, all at once.
      while (!engine.warmStep(locale));
    },
    warmStep(locale) {
      return (locale ? [pick(locale)] : locales).every((ls) => ls.warmStep());
    },
  };
  return engine;
}

/** Between languages the query may be in, the page's wins unless another is this much more confident. */
const PAGE_CONFIDENCE = 0.15;
/** A language this far behind the query's (one word of evidence) is searched only when the query's has no answer. */
const SURE = 1;

/** Another language's best hit joins the list at this share of the best hit's score (see `search`). */
const MERGED_SHARE = 0.5;

/** A hit is listed while its score is at least this share of the best hit's... */
export const SHOWN_SHARE = 0.45;
/**
 * ...and the first three, which a customer reads, down to this share: an
 * option at 0.40 of the best is often the right one (eval:dev shown@3 0.880 →
 * 0.888, for 0.4 more options listed; a lower share for the whole list gave
 * less for more).
 */
const FIRST_SHARE = 0.3;

/** Character-gram cosine that counts as evidence on its own (no shared term). */
const MIN_COSINE = 0.3;

/** Sets how many of the result's hits are listed (`shown`): those near the best. */
function listed(result: SearchResult): SearchResult {
  const over = (share: number): number => result.hits.filter((h) => h.score >= result.hits[0]!.score * share).length;
  result.shown = Math.max(over(SHOWN_SHARE), Math.min(3, over(FIRST_SHARE)));
  return result;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
