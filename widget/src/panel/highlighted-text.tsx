import type { Range } from '../search/highlight.ts';

/**
 * `text` with the `ranges` (sorted, not overlapping) wrapped in <mark>.
 * Built from text nodes: nothing in `text` is ever parsed as HTML.
 */
export function HighlightedText({ text, ranges }: { text: string; ranges: Range[] }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    parts.push(text.slice(at, start), <mark>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
