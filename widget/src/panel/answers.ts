/**
 * Answers that ship apart from the index: a part of the index that
 * `ayuda build` writes names each entry's answer chunk (`IndexedEntry.answers`,
 * widget/compiler/answer-chunks.ts), relative to the part's own URL. A chunk
 * is fetched when one of its answers is shown, or its result is among the
 * first listed or under the pointer (panel.tsx), once per page (again after a
 * failure); the browser's HTTP cache keeps it for offline use later (hashed
 * names, cached forever). An index that carries its answers needs none of this.
 */
import type { AyudaOptions } from '../core/contract.ts';
import type { AnswerChunk, IndexedEntry } from '../search/index-format.ts';

/** The first results whose answers are fetched while the customer reads the list (panel.tsx). */
export const PREFETCH = 3;

/** Answers arrived, by entry id. */
const arrived = new Map<string, string>();
/** Chunks requested, by URL. */
const chunks = new Map<string, Promise<unknown>>();

/** The answer's HTML when it is here: in the index itself, or its chunk has arrived. */
export const answerNow = (entry: IndexedEntry): string | undefined => entry.answerHtml ?? arrived.get(entry.id);

/** The answer's HTML, fetching its chunk if need be; rejects when that fails (a later call tries again). */
export async function loadAnswer(index: AyudaOptions['index'], entry: IndexedEntry, fetchFn: typeof fetch = fetch): Promise<string> {
  const now = answerNow(entry);
  if (now !== undefined) return now;
  // The part's URL (ayuda.js makes it absolute; an app may give a path).
  const url = new URL(entry.answers!, new URL((index as Record<string, string>)[entry.locale]!, globalThis.location?.href)).href;
  let chunk = chunks.get(url);
  if (!chunk) {
    chunk = fetchFn(url, { credentials: 'omit' })
      .then((r) => (r.ok ? (r.json() as Promise<AnswerChunk>) : Promise.reject(new Error(`GET ${url}: HTTP ${r.status}`))))
      .then(
        (answers) => { for (const [id, html] of Object.entries(answers)) arrived.set(id, html); },
        (error: unknown) => { chunks.delete(url); throw error; },
      );
    chunks.set(url, chunk);
  }
  await chunk;
  return answerNow(entry) ?? Promise.reject(new Error(`no answer for ${entry.id} in ${url}`));
}

/** Forget every answer and chunk (tests: each starts as a page does). */
export function forgetAnswers(): void {
  arrived.clear();
  chunks.clear();
}
