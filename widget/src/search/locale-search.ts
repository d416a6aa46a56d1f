/**
 * One locale of a loaded index: its analyzer, its typo corrector and, built
 * on first use rather than at load, its scoring model and full vocabulary
 * (the index's terms plus the terms found only in answers). It needs no
 * answer's text: the index carries their terms and words.
 */
import type { IndexedEntry, LocaleIndex } from './index-format.ts';
import { synonymTable } from './index-format.ts';
import { createAnalyzer, type Analyzer } from './analyzer.ts';
import { LocaleModel, type ModelParams, type QueryTerm } from './locale-model.ts';
import { createVocabularyMatcher, type VocabularyMatcher } from './fuzzy.ts';
import { tokenize } from './normalize.ts';
import { decodeIds, unpackWords } from './packed.ts';
import { pause, Stepped } from './stepped.ts';

interface Prepared {
  model: LocaleModel;
  termIds: Map<string, number>;
}

export class LocaleSearch {
  readonly locale: string;
  readonly analyzer: Analyzer;
  readonly matcher: VocabularyMatcher;
  private readonly preparing = new Stepped(() => this.prepare());
  private readonly known = new Stepped(() => this.knownWords());

  /** @param entries this locale's entries, in the order of `li.phrasings`. */
  constructor(private readonly li: LocaleIndex, readonly entries: IndexedEntry[], private readonly params: ModelParams) {
    this.locale = li.locale;
    this.analyzer = createAnalyzer(li.locale, synonymTable(li.synonyms), li.rewrites, new Set(li.stopwords.split(' ')));
    this.matcher = createVocabularyMatcher(() => this.known.get());
  }

  /** The BM25 postings: built once, when idle (`warmStep`) or on the first search. */
  get prepared(): Prepared {
    return this.preparing.get();
  }

  private *prepare(): Generator<void, Prepared> {
    const termIds = new Map([...this.li.terms, ...unpackWords(this.li.answerTerms)].map((t, i) => [t, i]));
    const body: number[][] = [];
    for (const [i, ids] of this.li.body.entries()) {
      body.push(decodeIds(ids));
      if (pause(i, 256)) yield;
    }
    const model = yield* new LocaleModel(this.li, this.params).fill(body);
    return { model, termIds };
  }

  /** The warm-up has begun (in slices, from the panel): a keystroke may search roughly meanwhile. */
  warming = false;

  /** One slice of what the first search would build (answers' terms, typo list, character grams); true when all is built. */
  warmStep(): boolean {
    // The character grams last: a keystroke before them searches roughly (the words alone) rather than waiting.
    this.warming = true;
    if (!this.preparing.step() || !this.known.step()) return false;
    this.matcher.warm();
    return this.prepared.model.warmStep();
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

  /** The FAQ's own words with their terms: every term, its synonyms' members, and the words of questions and answers (`LocaleIndex.words`). */
  private *knownWords(): Generator<void, [string, string][]> {
    const { termIds } = this.prepared;
    const out: [string, string][] = [...termIds.keys()].map((t) => [t, t]);
    // A synonym the FAQ never writes is corrected too ("pasword" is "password", which is "contraseña").
    for (const [c, ...m] of this.li.synonyms) if (termIds.has(c!)) for (const w of m) out.push([w, c!]);
    const words = new Set<string>();
    for (const [i, e] of this.entries.entries()) {
      for (const w of tokenize(e.question)) words.add(w);
      if (pause(i, 64)) yield;
    }
    for (const w of unpackWords(this.li.words)) words.add(w);
    let i = 0;
    for (const w of words) {
      const t = this.analyzer.term(w);
      if (t && termIds.has(t)) out.push([w, t]);
      if (pause(i++, 512)) yield;
    }
    return out;
  }
}
