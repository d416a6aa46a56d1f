/**
 * Which of the FAQ's languages a query is written in. Each language gets
 * evidence: a point per stop word of the language and per word its FAQ knows
 * (counted by the loaded locale, locale-search.ts), what a character-trigram model of
 * its own FAQ text says (language-profile.ts, worth a word per word of the
 * query, up to LETTERS_WEIGHT), and the page's language half a word ahead.
 * A language the page has not loaded yet is judged without its vocabulary;
 * when it might be the query's, the engine says so and the panel loads it.
 */
import { tokenize } from './normalize.ts';
import { languageShares, readLanguageProfile, type LanguageProfile } from './language-profile.ts';
import type { LanguageInfo } from './index-format.ts';
import type { QueryTerm } from './locale-model.ts';

/** What the letters alone say is worth up to this many words. */
const LETTERS_WEIGHT = 3;
/** The page's language starts this far ahead (half a word). */
export const PAGE_PRIOR = 0.5;

export interface QueryLanguages {
  /**
   * Evidence per language, in the order of `languages`, from the query's
   * terms in each loaded locale (locale-search.ts); for a locale not loaded,
   * its stop words alone are counted.
   */
  evidence(query: string, terms: (locale: string) => QueryTerm[] | undefined, page: string | undefined): number[];
}

/**
 * A point per stop word (after the locale's rewrites: "xq" is "porque") and
 * per content word the FAQ knows, half a point (times the similarity) per word
 * it knows by a typo or completes.
 */
function known(terms: QueryTerm[]): number {
  return terms.reduce((n, t) => n + (t.stop ? 1 : t.id < 0 ? 0 : t.weight < 1 ? t.weight / 2 : 1), 0);
}

export function createQueryLanguages(languages: LanguageInfo[]): QueryLanguages {
  const stop = languages.map((l) => new Set(l.stopwords.split(' ')));
  const profiles: LanguageProfile[] | undefined = languages.every((l) => l.profile) ? languages.map((l) => readLanguageProfile(l.profile!)) : undefined;
  return {
    evidence(query, terms, page) {
      const words = tokenize(query);
      const shares = profiles && languageShares(query, profiles);
      // Letters say little about one word ("paypal"): they weigh a word each.
      const letters = Math.min(LETTERS_WEIGHT, query.match(/\p{L}+/gu)?.length ?? 0);
      return languages.map((l, i) => {
        const t = terms(l.locale);
        let e = (t ? known(t) : words.filter((w) => stop[i]!.has(w)).length) + letters * (shares?.[i] ?? 0);
        if (l.locale === page) e += PAGE_PRIOR;
        return e;
      });
    },
  };
}
