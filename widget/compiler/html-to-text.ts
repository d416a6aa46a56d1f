/**
 * HTML → plain text for `answerText` and questions: sanitize-html with no
 * allowed tags (script/style contents dropped), entities decoded, whitespace
 * collapsed. Block boundaries become spaces so "<p>a</p><p>b</p>" is "a b".
 */
import sanitizeHtml from 'sanitize-html';

const BLOCK_TAG =
  /<(\/?(?:p|div|li|ul|ol|h[1-6]|tr|td|th|table|thead|tbody|blockquote|pre|dd|dt)\b[^>]*|br\b[^>]*|hr\b[^>]*)>/gi;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

export function htmlToText(html: string): string {
  const spaced = html.replace(BLOCK_TAG, ' <$1> ');
  const escaped = sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} });
  // sanitize-html decodes every entity while parsing and re-escapes exactly
  // these four on output; undo that to get the literal text back.
  const text = escaped.replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ENTITIES[name]!);
  return text.replace(/\s+/g, ' ').trim();
}
