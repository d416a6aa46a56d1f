/**
 * One locale of a loaded index: its analyzer, its typo corrector and, built
 * on first use rather than at load, its scoring model and full vocabulary
 * (the index's terms plus the terms found only in answers).
 */
import type { IndexedEntry, LocaleIndex } from './index-format.ts';
import { synonymTable } from './index-format.ts';
import { createAnalyzer, type Analyzer } from './analyzer.ts';
import { LocaleModel, type ModelParams, type QueryTerm } from './locale-model.ts';
import { createVocabularyMatcher, type VocabularyMatcher } from './fuzzy.ts';
import { tokenize } from './normalize.ts';
import { entryBody } from './entry-body.ts';

interface Prepared {
  model: LocaleModel;
  termIds: Map<string, number>;
}

export class LocaleSearch {
  readonly locale: string;
  readonly analyzer: Analyzer;
  readonly matcher: VocabularyMatcher;
  private ready?: Prepared;

  /** @param entries this locale's entries, in the order of `li.phrasings`. */
  constructor(private readonly li: LocaleIndex, readonly entries: IndexedEntry[], private readonly params: ModelParams) {
    this.locale = li.locale;
    this.analyzer = createAnalyzer(li.locale, synonymTable(li.synonyms), li.rewrites, new Set(li.stopwords.split(' ')));
    this.matcher = createVocabularyMatcher(() => this.knownWords());
  }

  /** Reading the answers' terms takes ~30 ms per 1,000 entries: done once, on the first search. */
  get prepared(): Prepared {
    if (!this.ready) {
      const termIds = new Map(this.li.terms.map((t, i) => [t, i]));
      const idOf = (t: string): number => {
        let id = termIds.get(t);
        if (id === undefined) termIds.set(t, (id = termIds.size));
        return id;
      };
      const body = this.entries.map((e) => this.analyzer.analyze(entryBody(e)).terms.map(idOf));
      this.ready = { model: new LocaleModel(this.li, body, this.params), termIds };
    }
    return this.ready;
  }

  /**
   * The query's terms in this locale: a word the FAQ never uses is
   * typo-corrected, and the word still being typed (the last one, unless a
   * space or punctuation followed it) completed, to the FAQ's own words.
   */
  terms(query: string, partial: boolean): QueryTerm[] {
    const { termIds } = this.prepared;
    const tokens = this.analyzer.analyze(query).tokens;
    const typing = partial && /[\p{L}\p{N}]$/u.test(query) ? tokens.length - 1 : -1;
    return tokens.map(({ term: text, stop, word }, i) => {
      const id = termIds.get(text);
      if (id !== undefined || stop) return { id: id ?? -1, text, weight: 1, stop };
      const fix = (i === typing && this.matcher.complete(word)) || this.matcher.correct(word);
      return fix ? { id: termIds.get(fix.term)!, text: fix.term, weight: fix.similarity } : { id: -1, text, weight: 1 };
    });
  }

  /** The FAQ's own words with their terms: every term, and the words of questions and answers. */
  private *knownWords(): Iterable<[string, string]> {
    const { termIds } = this.prepared;
    for (const t of termIds.keys()) yield [t, t];
    const words = new Set<string>();
    for (const e of this.entries) {
      for (const w of tokenize(`${e.question} ${entryBody(e)}`)) words.add(w);
    }
    for (const w of words) {
      const t = this.analyzer.term(w);
      if (t && termIds.has(t)) yield [w, t];
    }
  }
}
