/**
 * The FAQ model shared by the compiler (Node, build time) and the search
 * engine (browser or Node, run time). Pure types: no DOM, no framework.
 */

/** One compiled FAQ entry, as the widget shows it. */
export interface FaqEntry {
  /** Stable id, unique across the whole FAQ (all locales). */
  id: string;
  /** The question as the site owner wrote it. */
  question: string;
  /** Answer rendered from Markdown and sanitized at build time. Safe to insert as HTML. */
  answerHtml: string;
  /** Plain-text answer (tags stripped), for snippets and for search. */
  answerText: string;
  /** Other ways customers ask the same question. */
  alternates: string[];
  tags: string[];
  /** BCP 47 language tag, lower case: "es", "en", "es-mx"... */
  locale: string;
  /** Ids of related entries (validated to exist). */
  related: string[];
  /**
   * Page path patterns the entry belongs to ("/producto/*", "*" any
   * characters): the panel opens with it first there. Absent: none (old
   * indexes have none; the index version is unchanged).
   */
  pages?: string[];
  /** `data-context` values ("category=aspiradoras") the entry belongs to, likewise. */
  context?: string[];
}

/** Where an entry came from, for error messages. */
export interface SourceLocation {
  file: string;
  line: number;
}

/** A group of words or phrases that mean the same thing ("reembolso = devolución"). */
export type SynonymGroup = string[];

/** A compiled FAQ before indexing: entries plus the site's own synonyms. */
export interface CompiledFaq {
  entries: FaqEntry[];
  /** Site synonyms per locale ("*" applies to every locale). */
  synonyms: Record<string, SynonymGroup[]>;
}

/** One build error: file, line and field, and what is wrong. */
export interface FaqError {
  file: string;
  line: number;
  /** The field at fault ("answer", "id", "related"...), or "" for the file as a whole. */
  field: string;
  message: string;
}
