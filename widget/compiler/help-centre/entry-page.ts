/** One entry's page: the question, the answer, `FAQPage` JSON-LD, a canonical link and the related entries. */
import type { FaqEntry } from '../../src/faq/types.ts';
import { esc, head, header, title, widgetTag } from './layout.ts';
import { hrefOf, pageName, type HelpCentreFile, type HelpCentreSite } from './site.ts';
import { stringsOf } from './strings.ts';

/** JSON inside `<script type="application/ld+json">`: no `<` (so no `</script>`), `>`, `&` or line separators as such. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The answer's headings one level up: the question is the page's `<h1>`, not the panel's `<h3>`. */
export function pageAnswerHtml(answerHtml: string): string {
  return answerHtml.replace(/<(\/?)h([3-6])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) - 1}`);
}

/** First words of the answer, for `<meta name="description">`. */
function description(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:]+$/, '')}…`;
}

/** One entry's page. */
export function entryPage(entry: FaqEntry, s: HelpCentreSite): HelpCentreFile {
  const t = stringsOf(entry.locale);
  const path = `${entry.locale}/${pageName(entry.id)}`;
  const url = s.base + path;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: entry.locale,
    url,
    mainEntity: [{ '@type': 'Question', name: entry.question, acceptedAnswer: { '@type': 'Answer', text: entry.answerHtml } }],
  };
  const related = entry.related.map((id) => s.byId.get(id)).filter((e): e is FaqEntry => !!e);
  const relatedNav = related.length
    ? `\n<nav aria-labelledby="related"><h2 id="related">${esc(t.related)}</h2><ul>${related
        .map((r) => `<li><a href="${esc(hrefOf(r, entry.locale))}"${r.locale === entry.locale ? '' : ` hreflang="${esc(r.locale)}" lang="${esc(r.locale)}"`}>${esc(r.question)}</a></li>`)
        .join('')}</ul></nav>`
    : '';
  const html = `${head(entry.locale, title(s, entry.question, t), [
    `<meta name="description" content="${esc(description(entry.answerText))}">`,
    `<link rel="canonical" href="${esc(url)}">`,
    '<link rel="stylesheet" href="../help.css">',
    `<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`,
    widgetTag(s, 1),
  ].filter(Boolean))}
<body>
${header(s, entry.locale, t)}
<main id="main">
<p><a href="./">${esc(t.all)}</a></p>
<article aria-labelledby="q">
<h1 id="q">${esc(entry.question)}</h1>
<div class="answer">${pageAnswerHtml(entry.answerHtml)}</div>
</article>${relatedNav}
</main>
</body>
</html>
`;
  return { path, text: html };
}
