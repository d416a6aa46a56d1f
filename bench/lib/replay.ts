/**
 * A week of customers against a FAQ, replayed through the same code the
 * dashboard uses (server/alternates/: help-session resolution, what may be
 * proposed, the engine check) and the same merge `ayuda build
 * --alternates-from` does (widget/compiler/merge-alternates.ts).
 *
 * Each question is one help session, recorded as the widget would: the
 * customer reads the top hit shown (or, with `reads` 3, the first three
 * shown in order, until the right one); a weak or unanswered search is then
 * sent only as the `answer_read` carrying its query. The right answer ends
 * the session; when none was right the customer gives up, except a share
 * `silent` who just leave (the events then look resolved on the wrong
 * entry). Nothing shown: the unanswered search is all there is.
 */
import type { CompiledFaq } from '../../widget/src/faq/types.ts';
import { buildSearchIndex } from '../../widget/src/search/build-index.ts';
import { createSearchEngine, type SearchEngine } from '../../widget/src/search/engine.ts';
import { mergeAlternates } from '../../widget/compiler/merge-alternates.ts';
import { resolution, type HelpEvent } from '../../server/alternates/help-sessions.ts';
import { fitOf, proposable, wordingKey } from '../../server/alternates/proposal.ts';
import type { LabelledQuery } from '../../cli/lib/evaluate.ts';

export type Policy = 'all' | 'correct';

export interface Proposal {
  entry: string;
  text: string;
  sessions: number;
  /** Sessions whose question really belongs to the entry. */
  right: number;
}

export interface WeekResult {
  questions: number;
  resolved: number;
  proposals: Proposal[];
  accepted: number;
  /** Accepted proposals whose entry is wrong for most of their sessions. */
  acceptedWrong: number;
}

export interface Chain {
  faq: CompiledFaq;
  engine: SearchEngine;
  /** Decided wordings (entry + folded text): never proposed again. */
  decided: Set<string>;
}

export function chainOf(faq: CompiledFaq): Chain {
  return { faq, engine: engineOf(faq), decided: new Set() };
}

export function engineOf(faq: CompiledFaq): SearchEngine {
  return createSearchEngine(buildSearchIndex(faq));
}

const event = (type: string, fields: Partial<HelpEvent> = {}): HelpEvent => ({ type, at: 0, entry: null, query: null, helpful: null, reason: null, locale: 'en', ...fields });

/** One customer's help session, as the collector would store it. */
export function sessionEvents(engine: SearchEngine, q: LabelledQuery, leavesSilently: boolean, reads = 1): HelpEvent[] {
  const r = engine.search(q.query, { locale: 'en' });
  const shown = r.hits.slice(0, Math.min(reads, r.shown ?? r.hits.length));
  if (!shown.length) return [event('search', { query: q.query, reason: 'no_match' })];
  const events: HelpEvent[] = [];
  if (r.decision === 'answered') events.push(event('search', { query: q.query }));
  for (const hit of shown) {
    events.push(event('answer_read', { entry: hit.id, query: q.query }));
    if (hit.id === q.expected) return events;
  }
  if (!leavesSilently) events.push(event('gave_up', { query: q.query, reason: 'gave_up' }));
  return events;
}

/** Replay one week on the chain's FAQ, let the lead decide, and rebuild the FAQ with what was accepted. */
export function replayWeek(chain: Chain, questions: LabelledQuery[], policy: Policy, silent: number, random: () => number, reads = 1): WeekResult {
  const found = new Map<string, Proposal>();
  let resolved = 0;
  for (const q of questions) {
    const r = resolution(sessionEvents(chain.engine, q, random() < silent, reads));
    if (!r) continue;
    resolved++;
    if (!proposable(r.query)) continue;
    const key = `${r.entry}\u0000${wordingKey(r.query)}`;
    if (chain.decided.has(key) || fitOf(chain.engine, r.entry, r.query) !== 'unlike') continue;
    const p = found.get(key) ?? { entry: r.entry, text: r.query, sessions: 0, right: 0 };
    p.sessions++;
    if (q.expected === r.entry) p.right++;
    found.set(key, p);
  }
  const proposals = [...found.values()];
  const accepted: Record<string, string[]> = {};
  let acceptedWrong = 0;
  let count = 0;
  for (const [key, p] of found) {
    chain.decided.add(key);
    const correct = p.right * 2 > p.sessions;
    if (policy === 'correct' && !correct) continue;
    (accepted[p.entry] ??= []).push(p.text);
    count++;
    if (!correct) acceptedWrong++;
  }
  if (count) {
    chain.faq = mergeAlternates(chain.faq, accepted).faq;
    chain.engine = engineOf(chain.faq);
  }
  return { questions: questions.length, resolved, proposals, accepted: count, acceptedWrong };
}

/** Share of questions whose top hit is the right entry. */
export function top1(engine: SearchEngine, questions: LabelledQuery[]): number {
  let right = 0;
  for (const q of questions) if (engine.search(q.query, { locale: 'en' }).hits[0]?.id === q.expected) right++;
  return questions.length ? right / questions.length : 0;
}
