/**
 * Top-level Markdown headings with their source lines, found by markdown-it
 * (so "## " inside code fences, lists or HTML blocks is not a heading).
 */
import MarkdownIt from 'markdown-it';
import { inlineMarkdownToText } from './render-answer.ts';

export interface Heading {
  /** 1 for "#", 2 for "##"... */
  level: number;
  /** 0-based index of the heading's first line in the text. */
  start: number;
  /** 0-based index of the first line after the heading. */
  end: number;
  /** The heading as plain text (inline Markdown rendered, tags stripped). */
  text: string;
}

// Same options as the answer renderer, so both agree on what is a heading.
const parser = new MarkdownIt({ html: true, linkify: true });

export function findHeadings(text: string): Heading[] {
  const tokens = parser.parse(text, {});
  const headings: Heading[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open' || token.level !== 0 || !token.map) return;
    const inline = tokens[i + 1];
    headings.push({
      level: Number(token.tag.slice(1)),
      start: token.map[0],
      end: token.map[1],
      text: inline?.type === 'inline' ? inlineMarkdownToText(inline.content) : '',
    });
  });
  return headings;
}
