/**
 * Answer Markdown → safe HTML, at build time: markdown-it (raw HTML and
 * linkify on) followed by sanitize-html with an explicit allowlist.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { htmlToText } from './html-to-text.ts';

export const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'b', 'i', 'u', 's', 'ul', 'ol', 'li', 'a', 'code', 'pre', 'blockquote',
  'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img',
];

const EXTERNAL = /^https?:\/\//i;

/** Links keep href and title; absolute http(s) links open in a new tab without an opener. */
function transformLink(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const out: sanitizeHtml.Attributes = {};
  if (attribs.href !== undefined) out.href = attribs.href;
  if (attribs.title !== undefined) out.title = attribs.title;
  if (out.href !== undefined && EXTERNAL.test(out.href.trim())) {
    out.rel = 'noopener noreferrer';
    out.target = '_blank';
  }
  return { tagName, attribs: out };
}

/** Images only from absolute http(s) URLs; an image left without src is dropped. */
function transformImage(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const out = { ...attribs };
  if (out.src === undefined || !EXTERNAL.test(out.src.trim())) delete out.src;
  return { tagName, attribs: out };
}

export const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { h1: 'h3', h2: 'h4', a: transformLink, img: transformImage },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

function createMarkdown() {
  const md = new MarkdownIt({ html: true, linkify: true });
  // Answers live under the question's own heading: "#" → h3, "##" → h4...
  md.core.ruler.push('ayuda_demote_headings', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'heading_open' || token.type === 'heading_close') {
        token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
      }
    }
  });
  return md;
}

const markdown = createMarkdown();

export function sanitizeAnswerHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS).trim();
}

export interface RenderedAnswer {
  html: string;
  text: string;
}

export function renderAnswer(source: string): RenderedAnswer {
  const html = sanitizeAnswerHtml(markdown.render(source));
  return { html, text: htmlToText(html) };
}

/** Inline Markdown (a question written as a heading) → plain text. */
export function inlineMarkdownToText(source: string): string {
  return htmlToText(markdown.renderInline(source));
}
