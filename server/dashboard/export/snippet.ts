/**
 * A group as an entry in the FAQ compiler's Markdown format, ready to paste
 * into the FAQ source and answer:
 *
 *   ## Where is my refund?
 *   id: where-is-my-refund
 *   locale: en
 *   alternates: "refund not arrived | when do I get my money back"
 *
 *   TODO ...
 *
 * Customer text is made inert for Markdown and YAML: one line each, `|`
 * (the alternates separator) dropped, Markdown punctuation backslash-escaped
 * in the heading, alternates in a YAML double-quoted string.
 */
import { slugify } from '../../../widget/compiler/slugify.ts';
import { ANSWER_PLACEHOLDER } from '../../../widget/compiler/answer-placeholder.ts';

export { ANSWER_PLACEHOLDER };
/** Most alternates written; the most frequent first. */
export const MAX_ALTERNATES = 12;

/** One line, no control characters, no alternates separator, at most 200 characters. */
export function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

/** Backslash-escape what Markdown would read as markup (CommonMark's ASCII punctuation). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>&|~]/g, '\\$&');
}

export interface SnippetInput {
  /** The group's representative wording (the question). */
  question: string;
  /** Other wordings, most frequent first. */
  phrasings: string[];
  lang: string;
  /** The FAQ entry id linked to the group, if any. */
  entryId?: string | null;
}

export function faqSnippet({ question, phrasings, lang, entryId }: SnippetInput): string {
  const heading = oneLine(question) || 'Question';
  const seen = new Set([heading.toLowerCase()]);
  const alternates: string[] = [];
  for (const p of phrasings) {
    const line = oneLine(p);
    if (!line || seen.has(line.toLowerCase())) continue;
    seen.add(line.toLowerCase());
    alternates.push(line);
    if (alternates.length >= MAX_ALTERNATES) break;
  }
  const id = entryId && /^[a-z0-9][a-z0-9-]{0,127}$/.test(entryId) ? entryId : slugify(heading) || 'new-entry';
  const lines = [`## ${escapeMarkdown(heading)}`, `id: ${id}`];
  if (/^[a-z]{2,3}$/.test(lang)) lines.push(`locale: ${lang}`);
  if (alternates.length) lines.push(`alternates: ${JSON.stringify(alternates.join(' | '))}`);
  lines.push('', ANSWER_PLACEHOLDER, '');
  return lines.join('\n');
}
