/**
 * Whether a resolved question is worth proposing as an alternate of the
 * entry it was resolved on. Pure; shared by the dashboard's step
 * (./alternates-step.ts) and the replay benchmark (bench/alternates-replay.ts).
 */
import type { SearchEngine } from '../../widget/src/search/engine.ts';
import { phrasingKey } from '../grouping/grouping-step.ts';

/** What the widget's redaction leaves where personal data was (widget/src/record/redact.ts). */
const PLACEHOLDER = /\[(email|phone|card|number)\]/i;

/** The question held personal data (an email, phone, card or long number, already redacted by the widget). */
export function hasPersonalData(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/** The key two wordings are the same under: folded (case, accents) words, space-joined. */
export const wordingKey = phrasingKey;

/** A question that may be proposed: some words, no personal data. */
export function proposable(query: string): boolean {
  return wordingKey(query) !== '' && !hasPersonalData(query);
}

/**
 * How the FAQ's own engine takes `query`, searched in the entry's locale:
 * `answered` when it already puts `entry` first with an answered decision
 * (nothing to learn), `unlike` when it does not (worded unlike the entry's
 * phrasings: propose it), `unknown` when the FAQ has no such entry.
 */
export function fitOf(engine: SearchEngine, entry: string, query: string): 'answered' | 'unlike' | 'unknown' {
  const known = engine.entry(entry);
  if (!known) return 'unknown';
  const result = engine.search(query, { locale: known.locale });
  return result.decision === 'answered' && result.hits[0]?.id === entry ? 'answered' : 'unlike';
}
