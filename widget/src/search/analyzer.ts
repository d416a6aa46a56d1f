/**
 * Text → search terms for one locale: fold, tokenize, rewrite chat
 * abbreviations, drop stop words, stem, then map every synonym to its group's
 * canonical term (so "carro" and "coche" become one term on both the index
 * and the query side). Multi-word synonyms ("money back" = "refund") are
 * matched greedily, longest first, on the stem sequence, a group's canonical
 * phrase included ("sign up" in "sign up|register"). A matched phrase gives
 * its canonical term followed by its words' own terms: when
 * indexing they are terms too ("charges" finds "Why was I charged twice?"),
 * when searching they only make pairs (a customer's "money back" is
 * "refund", and the words the FAQ never uses do not dilute it).
 */
import { tokenize } from './normalize.ts';
import { stemmerFor } from './stem.ts';

/** Synonym table: stem sequence (space-joined) → canonical term. */
export type SynonymTable = Record<string, string>;

export interface Analysis {
  /** Folded words, in order, stop words included. */
  words: string[];
  /** Content terms (stemmed, canonical), in order, stop words removed. */
  terms: string[];
  /**
   * Every word in order as a term: content terms as in `terms`, stop words
   * stemmed (they still make phrases: "how do", "not working"); after a
   * multi-word synonym's term, its words (`stop` unless indexing).
   */
  tokens: { term: string; stop: boolean; word: string }[];
  /** Adjacent pairs of `tokens`, "a b". */
  bigrams: string[];
}

export interface Analyzer {
  locale: string;
  analyze(text: string): Analysis;
  /** Stem (and canonicalise) one folded word; "" for a stop word. */
  term(word: string): string;
}

/**
 * @param stop the locale's stop words: ./stopwords.ts at build time, the
 *   index's own list in the browser (so the widget script carries none).
 * @param phraseWords indexing (build time): a phrase's words are terms too.
 */
export function createAnalyzer(locale: string, synonymTable: SynonymTable = {}, rewriteTable: Record<string, string> = {}, stop: ReadonlySet<string> = new Set(), phraseWords = false): Analyzer {
  // Own keys only: a customer typing "constructor" must not reach Object.prototype.
  const synonyms: SynonymTable = Object.assign(Object.create(null), synonymTable);
  // A group's canonical phrase is read as the phrase too ("sign up" in "How do I sign up?").
  for (const canonical of Object.values(synonymTable)) if (canonical.includes(' ')) synonyms[canonical] ??= canonical;
  const rewrites: Record<string, string> = Object.assign(Object.create(null), rewriteTable);
  const stem = stemmerFor(locale);
  let longestPhrase = 1;
  /** First stems of multi-word synonyms: only these can start a phrase. */
  const phraseStarts = new Set<string>();
  for (const key of Object.keys(synonyms)) {
    const parts = key.split(' ');
    longestPhrase = Math.max(longestPhrase, parts.length);
    if (parts.length > 1) phraseStarts.add(parts[0]!);
  }

  const term = (word: string): string => {
    if (stop.has(word)) return '';
    const s = stem(word);
    return synonyms[s] ?? s;
  };

  const analyze = (text: string): Analysis => {
    const words: string[] = [];
    for (const w of tokenize(text)) {
      const r = rewrites[w];
      if (r) words.push(...tokenize(r));
      else words.push(w);
    }
    const stems = words.map((w) => (stop.has(w) ? '' : stem(w)));
    const terms: string[] = [];
    const tokens: Analysis['tokens'] = [];
    const content = (t: string, word: string): void => { terms.push(t); tokens.push({ term: t, stop: false, word }); };
    for (let i = 0; i < stems.length; ) {
      const s = stems[i]!;
      if (!s) { tokens.push({ term: stem(words[i]!), stop: true, word: words[i]! }); i++; continue; }
      let matched = false;
      // Longest multi-word synonym starting here: phrases are content stems
      // joined by spaces, so stop words in between ("devolución del dinero") are skipped.
      const at: number[] = [];
      if (phraseStarts.has(s)) for (let j = i; j < stems.length && at.length < longestPhrase; j++) if (stems[j]) at.push(j);
      for (let n = at.length; n > 1; n--) {
        const key = at.slice(0, n).map((j) => stems[j]).join(' ');
        const canon = synonyms[key];
        if (canon) {
          const end = at[n - 1]! + 1;
          content(canon, words.slice(i, end).join(' '));
          // The phrase's words count too ("charges" finds "charged twice").
          for (const j of at.slice(0, n)) {
            const t = synonyms[stems[j]!] ?? stems[j]!;
            if (phraseWords) terms.push(t);
            tokens.push({ term: t, stop: !phraseWords, word: words[j]! });
          }
          i = end;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      content(synonyms[s] ?? s, words[i]!);
      i++;
    }
    const bigrams: string[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) bigrams.push(`${tokens[i]!.term} ${tokens[i + 1]!.term}`);
    return { words, terms, tokens, bigrams };
  };

  return { locale, analyze, term };
}
