/**
 * What every reader (Markdown, folder, JSON, CSV) produces before entries are
 * normalised and validated: raw values, each with the line it came from.
 */
import type { FaqError } from '../src/faq/types.ts';

/** The fields an entry may have, in every input format. */
export const ENTRY_FIELDS = ['id', 'question', 'answer', 'alternates', 'tags', 'locale', 'related', 'pages', 'context'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

export function isEntryField(name: string): name is EntryField {
  return (ENTRY_FIELDS as readonly string[]).includes(name);
}

/** A raw value (string, list, or whatever the source held) and its 1-based line. */
export interface RawField {
  value: unknown;
  line: number;
  /** Added to the "missing" message when the value is absent or empty. */
  hint?: string;
  /** For lists whose items have their own lines (JSON). */
  itemLines?: number[];
}

export interface RawEntry {
  file: string;
  /** Line where the entry starts (heading, object, row). */
  line: number;
  fields: Partial<Record<EntryField, RawField>>;
}

/** Everything one input file (or one folder) contributed. */
export interface SourceResult {
  entries: RawEntry[];
  /** File-wide default locale (Markdown front matter, JSON object form). */
  locale?: RawField;
  /** File-wide synonyms, unparsed (Markdown front matter, JSON object form). */
  synonyms?: RawField;
  /** The file those defaults belong to. */
  file: string;
  errors: FaqError[];
}

export function faqError(file: string, line: number, field: string, message: string): FaqError {
  return { file, line, field, message };
}

/** "unknown field" error: the field is the unknown key itself. */
export function unknownField(
  file: string,
  line: number,
  key: string,
  known: readonly string[],
  where: string,
): FaqError {
  return faqError(file, line, key, `unknown field "${key}" in the ${where} (known fields: ${known.join(', ')})`);
}
