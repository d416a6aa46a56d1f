/**
 * One locale of a loaded index: its analyzer, its typo corrector and, built
 * on first use rather than at load, its scoring model and full vocabulary
 * (the index's terms plus the terms found only in answers).
 */
import type { IndexedEntry, LocaleIndex } from './index-format.ts';
import { synonymTable } from './index-format.ts';
import { createAnalyzer, type Analyzer } from './analyzer.ts';
import { LocaleModel, type ModelParams } from './locale-model.ts';
import { createVocabularyMatcher, type VocabularyMatcher } from './fuzzy.ts';
import { tokenize } from './normalize.ts';
import { entryBody } from './entry-body.ts';

/** Letters that only some languages write. */
const LETTERS: Record<string, RegExp> = { es: /[ñ¿¡áéíóú]/i };

interface Prepared {
  model: LocaleModel;
  termIds: Map<string, number>;
}

export class LocaleSearch {
  readonly locale: string;
  readonly positions: number[];
  readonly analyzer: Analyzer;
  readonly matcher: VocabularyMatcher;
  private ready?: Prepared;

  constructor(private readonly li: LocaleIndex, private readonly entries: IndexedEntry[], private readonly params: ModelParams) {
    this.locale = li.locale;
    this.positions = li.entries;
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
      const body = this.positions.map((p) => this.analyzer.analyze(entryBody(this.entries[p]!)).terms.map(idOf));
      this.ready = { model: new LocaleModel(this.li, body, this.params), termIds };
    }
    return this.ready;
  }

  /**
   * How much `query` reads as this locale: one point per stop word of the
   * language and per word the FAQ's vocabulary knows, half a point (times
   * the similarity) per word it knows by a typo, and one for letters only
   * the language writes (ñ ¿ ¡ and accents in Spanish).
   */
  languageEvidence(query: string, partial: boolean): number {
    const tokens = this.analyzer.analyze(query).tokens;
    const typing = partial && /[\p{L}\p{N}]$/u.test(query) ? tokens.length - 1 : -1;
    const { termIds } = this.prepared;
    let score = LETTERS[this.locale.slice(0, 2)]?.test(query) ? 1 : 0;
    tokens.forEach(({ term, stop, word }, i) => {
      if (stop || termIds.has(term)) score += 1;
      else {
        const fix = (i === typing && this.matcher.complete(word)) || this.matcher.correct(word);
        if (fix) score += 0.5 * fix.similarity;
      }
    });
    return score;
  }

  /** The FAQ's own words with their terms: every term, and the words of questions and answers. */
  private *knownWords(): Iterable<[string, string]> {
    const { termIds } = this.prepared;
    for (const t of termIds.keys()) yield [t, t];
    const words = new Set<string>();
    for (const p of this.positions) {
      const e = this.entries[p]!;
      for (const w of tokenize(`${e.question} ${entryBody(e)}`)) words.add(w);
    }
    for (const w of words) {
      const t = this.analyzer.term(w);
      if (t && termIds.has(t)) yield [w, t];
    }
  }
}
