/**
 * How a FAQ scores its own phrasings (for bench/calibrate.ts's FAQ-relative
 * features; measured and left out of the engine, ARCHITECTURE.md). Each entry's
 * phrasings are left out in turn (fold k leaves out every entry's k-th
 * phrasing, the others promoted) and asked of the rest of the FAQ: their top
 * hit's features are what an in-scope question looks like on this FAQ
 * (`own`). Entries left out whole (one in `ENTRY_FOLDS`, in turn) and their
 * questions asked give what a near miss looks like (`near`).
 */
import type { CompiledFaq, FaqEntry } from '../../widget/src/faq/types.ts';
import type { HitFeatures } from '../../widget/src/search/locale-model.ts';
import type { FaqIndex } from '../../widget/src/search/index-format.ts';
import type { SearchEngine } from '../../widget/src/search/engine.ts';

export interface SelfQuery { locale: string; features?: HitFeatures; ownFirst: boolean }

/** Phrasing folds (at most); entry folds. */
const PHRASING_FOLDS = 3;
const ENTRY_FOLDS = 5;
/** At most this many questions per locale and kind, spread evenly over the entries. */
const MAX_QUERIES = 240;

type Build = (faq: CompiledFaq) => FaqIndex;
type Engine = (index: FaqIndex) => SearchEngine;

export function selfQueries(faq: CompiledFaq, build: Build, engine: Engine): { own: SelfQuery[]; near: SelfQuery[] } {
  const own: SelfQuery[] = [];
  const near: SelfQuery[] = [];
  const perLocale = new Map<string, FaqEntry[]>();
  for (const e of faq.entries) perLocale.set(e.locale, [...(perLocale.get(e.locale) ?? []), e]);
  // Every n-th entry of each locale is asked, so that the questions stay under MAX_QUERIES.
  const asked = new Set<string>();
  for (const list of perLocale.values()) {
    const step = Math.max(1, Math.ceil((list.length * PHRASING_FOLDS) / MAX_QUERIES));
    list.forEach((e, i) => { if (i % step === 0) asked.add(e.id); });
  }
  const ask = (index: FaqIndex, questions: { e: FaqEntry; text: string }[], out: SelfQuery[]): void => {
    if (!questions.length) return;
    const search = engine(index);
    for (const { e, text } of questions) {
      const r = search.search(text, { locale: e.locale, limit: 2 });
      out.push({ locale: e.locale, features: r.features, ownFirst: r.hits[0]?.id === e.id });
    }
  };
  for (let k = 0; k < PHRASING_FOLDS; k++) {
    const questions: { e: FaqEntry; text: string }[] = [];
    const entries = faq.entries.map((e) => {
      const all = [e.question, ...e.alternates];
      if (all.length < 2 || k >= all.length) return e;
      if (asked.has(e.id)) questions.push({ e, text: all[k]! });
      const rest = all.filter((_, i) => i !== k);
      return { ...e, question: rest[0]!, alternates: rest.slice(1) };
    });
    ask(build({ ...faq, entries }), questions, own);
  }
  for (let k = 0; k < ENTRY_FOLDS; k++) {
    const out = new Set<string>();
    for (const list of perLocale.values()) list.forEach((e, i) => { if (i % ENTRY_FOLDS === k && asked.has(e.id)) out.add(e.id); });
    const questions = faq.entries.filter((e) => out.has(e.id)).map((e) => ({ e, text: e.question }));
    ask(build({ ...faq, entries: faq.entries.filter((e) => !out.has(e.id)) }), questions, near);
  }
  return { own, near };
}
