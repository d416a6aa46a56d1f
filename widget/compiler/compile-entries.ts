/**
 * Everything the readers produced → a CompiledFaq: entries normalised, ids
 * unique, related ids checked, synonyms grouped by locale. All errors are
 * collected, sorted by file (in input order) and line.
 */
import type { CompiledFaq, FaqError, SynonymGroup } from '../src/faq/types.ts';
import { invalidLocaleMessage, normalizeLocale } from './locale-tag.ts';
import { type PendingEntry, normalizeEntry } from './normalize-entry.ts';
import { parseSynonyms } from './parse-synonyms.ts';
import { type RawField, type SourceResult, faqError } from './raw-entry.ts';

export interface CompileEntriesOptions {
  /** Normalised --locale flag. */
  locale?: string;
}

export function compileEntries(
  sources: SourceResult[],
  opts: CompileEntriesOptions = {},
): { faq: CompiledFaq; errors: FaqError[] } {
  const errors: FaqError[] = [];
  const pending: PendingEntry[] = [];
  const synonyms = new Map<string, SynonymGroup[]>();

  for (const source of sources) {
    errors.push(...source.errors);
    const fileLocale = readFileLocale(source, errors);
    if (source.synonyms) addSynonyms(synonyms, fileLocale ?? '*', source.file, source.synonyms, errors);
    for (const raw of source.entries) {
      pending.push(normalizeEntry(raw, { file: fileLocale, flag: opts.locale }, errors));
    }
  }

  const firstById = new Map<string, PendingEntry>();
  for (const p of pending) {
    const id = p.entry.id;
    if (id === '') continue;
    const first = firstById.get(id);
    if (!first) {
      firstById.set(id, p);
      continue;
    }
    p.valid = false;
    const how = p.idDerived ? ' (derived from the question: give one of them an explicit id)' : '';
    errors.push(
      faqError(p.file, p.idLine, 'id', `duplicate id "${id}"${how}: first used at ${first.file}:${first.idLine}`),
    );
  }
  for (const p of pending) {
    for (const target of p.entry.related) {
      if (!firstById.has(target)) {
        p.valid = false;
        errors.push(faqError(p.file, p.relatedLine, 'related', `related id "${target}" does not exist (no entry has this id)`));
      }
    }
  }

  const entries = pending.filter((p) => p.valid).map((p) => p.entry);
  const sortedSynonyms: Record<string, SynonymGroup[]> = {};
  for (const key of [...synonyms.keys()].sort()) sortedSynonyms[key] = synonyms.get(key)!;
  return { faq: { entries, synonyms: sortedSynonyms }, errors: sortErrors(errors, sources) };
}

function readFileLocale(source: SourceResult, errors: FaqError[]): string | undefined {
  const field = source.locale;
  if (!field) return undefined;
  if (typeof field.value !== 'string' || normalizeLocale(field.value) === undefined) {
    const shown = typeof field.value === 'string' ? field.value : String(field.value);
    errors.push(faqError(source.file, field.line, 'locale', invalidLocaleMessage(shown)));
    return undefined;
  }
  return normalizeLocale(field.value);
}

function addSynonyms(
  into: Map<string, SynonymGroup[]>,
  locale: string,
  file: string,
  field: RawField,
  errors: FaqError[],
): void {
  const { groups, problems } = parseSynonyms(field.value);
  for (const problem of problems) {
    const line = field.itemLines?.[problem.index] ?? field.line;
    errors.push(faqError(file, line, 'synonyms', problem.message));
  }
  const list = into.get(locale) ?? [];
  for (const group of groups) {
    const key = JSON.stringify(group);
    if (!list.some((g) => JSON.stringify(g) === key)) list.push(group);
  }
  if (list.length > 0) into.set(locale, list);
}

/** Stable sort: files in the order they were read, then by line. */
function sortErrors(errors: FaqError[], sources: SourceResult[]): FaqError[] {
  const order = new Map<string, number>();
  const see = (file: string) => {
    if (!order.has(file)) order.set(file, order.size);
  };
  for (const s of sources) {
    see(s.file);
    s.entries.forEach((e) => see(e.file));
  }
  errors.forEach((e) => see(e.file));
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => order.get(a.e.file)! - order.get(b.e.file)! || a.e.line - b.e.line || a.i - b.i)
    .map(({ e }) => e);
}
