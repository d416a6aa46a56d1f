/**
 * Alternates learned elsewhere (the dashboard's export of accepted
 * wordings: `{ "entryId": ["wording", ...] }`) added to a compiled FAQ
 * before it is indexed, for `ayuda build --alternates-from`. Pure.
 */
import type { CompiledFaq } from '../src/faq/types.ts';
import { tokenize } from '../src/search/normalize.ts';

export type AlternatesMap = Record<string, string[]>;

/** The file's alternates, or why they cannot be used. */
export function parseAlternates(text: string): { ok: true; alternates: AlternatesMap } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, message: `not valid JSON (${(err as Error).message})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: 'must be a JSON object { "entryId": ["wording", ...] }' };
  const alternates = Object.create(null) as AlternatesMap;
  for (const [id, wordings] of Object.entries(raw)) {
    if (!Array.isArray(wordings) || !wordings.every((w) => typeof w === 'string')) {
      return { ok: false, message: `"${id.slice(0, 128)}": must be an array of wordings (strings)` };
    }
    alternates[id] = wordings as string[];
  }
  return { ok: true, alternates };
}

const key = (text: string): string => tokenize(text).join(' ');

/**
 * The FAQ with each entry's new wordings appended to its alternates (a
 * wording it already has, question or alternate, whatever its case and
 * accents, is not added twice); ids the FAQ lacks are reported, not fatal.
 */
export function mergeAlternates(faq: CompiledFaq, alternates: AlternatesMap): { faq: CompiledFaq; added: number; unknown: string[] } {
  const wanted = new Map(Object.entries(alternates));
  let added = 0;
  const entries = faq.entries.map((entry) => {
    const more = wanted.get(entry.id);
    wanted.delete(entry.id);
    if (!more?.length) return entry;
    const known = new Set([entry.question, ...entry.alternates].map(key));
    const fresh: string[] = [];
    for (const w of more.map((m) => m.replace(/\s+/g, ' ').trim())) {
      const k = key(w);
      if (!k || known.has(k)) continue;
      known.add(k);
      fresh.push(w);
    }
    added += fresh.length;
    return fresh.length ? { ...entry, alternates: [...entry.alternates, ...fresh] } : entry;
  });
  return { faq: { ...faq, entries }, added, unknown: [...wanted.keys()] };
}
