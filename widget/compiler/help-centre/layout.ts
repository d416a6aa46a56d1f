/** What every page is made of: the document head, the widget's script tag, the title and the header. */
import { escapeHtml } from '../../src/handoff/transcript/format-html.ts';
import { colours } from './css.ts';
import { languageName, type HelpCentreSite } from './site.ts';
import type { PageStrings } from './strings.ts';

/** Text safe in an element or a quoted attribute. */
export const esc = escapeHtml;

export function head(lang: string, title: string, extra: string[]): string {
  return `<!DOCTYPE html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${extra.join('\n')}
</head>`;
}

export function widgetTag(s: HelpCentreSite, depth: number): string {
  const { widget, color, site: key, collector } = s.opts;
  if (!widget) return '';
  // A relative src is relative to DIR: from a language folder, one level up.
  const src = /^([a-z][a-z0-9+.-]*:|\/)/i.test(widget) ? widget : `${'../'.repeat(depth)}${widget}`;
  const attrs = [`src="${esc(src)}"`, `data-color="${esc(colours(color).brand)}"`];
  if (key) attrs.push(`data-site="${esc(key)}"`);
  if (collector) attrs.push(`data-collector="${esc(collector)}"`);
  return `<script async ${attrs.join(' ')}></script>`;
}

/** "Question | Tienda Lumen", or "Question | Help centre" without a site name. */
export function title(s: HelpCentreSite, text: string, t: PageStrings): string {
  const after = s.opts.name ?? t.helpCentre;
  return text === after ? text : `${text} | ${after}`;
}

/** The header: the help centre's home, and the other languages' indexes (`hreflang`, in their own language). */
export function header(s: HelpCentreSite, locale: string, t: PageStrings): string {
  const others = s.locales.filter((l) => l !== locale);
  const nav = others.length
    ? `\n<nav aria-label="${esc(t.languages)}"><ul>${others.map((l) => `<li><a href="../${esc(l)}/" hreflang="${esc(l)}" lang="${esc(l)}">${esc(languageName(l))}</a></li>`).join('')}</ul></nav>`
    : '';
  return `<a class="skip" href="#main">${esc(t.skip)}</a>
<header class="top">
<a class="home" href="./">${esc(t.helpCentre)}</a>${nav}
</header>`;
}

/** The `hreflang` alternates of the language indexes, and `x-default` for the page naming them. */
export function alternates(s: HelpCentreSite): string[] {
  if (s.locales.length < 2) return [];
  return [...s.locales.map((l) => `<link rel="alternate" hreflang="${esc(l)}" href="${esc(`${s.base}${l}/`)}">`), `<link rel="alternate" hreflang="x-default" href="${esc(s.base)}">`];
}
