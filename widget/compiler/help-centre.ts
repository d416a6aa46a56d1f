/**
 * The static help centre that `ayuda build --pages DIR` writes (issue 16 item
 * 5): one indexable page per entry (`<locale>/<id>.html`: the question, the
 * answer the compiler already rendered and sanitized, `FAQPage` JSON-LD, a
 * canonical link), one index per language (`<locale>/index.html`: the entries
 * by their first tag, `hreflang` alternates between languages and the inline
 * search `<ayuda-help>`), a page naming the languages (`index.html`),
 * `sitemap.xml` and `help.css` in the site's colour. Every page has the
 * widget's script tag, so search works there too.
 *
 * Pure: a CompiledFaq and options in, file paths and texts out; the CLI
 * (cli/commands/build.ts) writes them. Every text is escaped, FAQ authors'
 * too; the answers are the compiler's sanitized HTML.
 *
 * The FAQ does not link an entry to its translation (ids are unique across
 * languages), so the `hreflang` alternates join the language indexes only.
 */
import { createHash } from 'node:crypto';
import type { CompiledFaq, FaqEntry } from '../src/faq/types.ts';
import { ensureContrast, normalizeHex, readableText } from '../src/core/contrast.ts';
import { DEFAULT_COLOR } from '../src/core/theme-css.ts';
import { escapeHtml } from '../src/handoff/transcript/format-html.ts';
import { slugify } from './slugify.ts';

export interface HelpCentreOptions {
  /** Where DIR is served, absolute (`https://tienda.example/ayuda/`): canonical links, hreflang and the sitemap need full URLs. */
  url: string;
  /** ayuda.js as the pages folder reaches it (`../widget/ayuda.js`, `/ayuda/ayuda.js`, a full URL); unset: no widget. */
  widget?: string;
  /** The site's colour (`#rgb`, `#rrggbb`), also passed to the widget; default the widget's. */
  color?: string;
  /** The site's name, after each page's title ("… | Tienda Lumen"). */
  name?: string;
  /** The widget's `data-site` and `data-collector`, so questions asked on the pages reach the dashboard. */
  site?: string;
  collector?: string;
}

export interface HelpCentreFile {
  /** Relative to DIR, with `/`. */
  path: string;
  text: string;
}

/** The words of the pages; other languages get English's. */
interface PageStrings {
  helpCentre: string;
  skip: string;
  all: string;
  other: string;
  related: string;
  languages: string;
  search: string;
}

const STRINGS: Record<string, PageStrings> = {
  es: {
    helpCentre: 'Centro de ayuda',
    skip: 'Saltar al contenido',
    all: 'Todas las preguntas',
    other: 'Otras preguntas',
    related: 'Artículos relacionados',
    languages: 'Idiomas',
    search: 'Busca tu pregunta',
  },
  en: {
    helpCentre: 'Help centre',
    skip: 'Skip to content',
    all: 'All questions',
    other: 'Other questions',
    related: 'Related articles',
    languages: 'Languages',
    search: 'Search for your question',
  },
};

const stringsOf = (locale: string): PageStrings => STRINGS[locale] ?? STRINGS[locale.split('-')[0]!] ?? STRINGS.en!;

/** Text safe in an element or a quoted attribute. */
export const esc = escapeHtml;

/** JSON inside `<script type="application/ld+json">`: no `<` (so no `</script>`), `>`, `&` or line separators as such. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An entry's page file name: its id when that is a safe file name, else a slug of it with a short hash (ids may hold `/`, `?`, `%`…). */
export function pageName(id: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9._~-]*$/.test(id)) return `${id}.html`;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 8);
  return `${slugify(id) || 'entry'}-${hash}.html`;
}

/** The language's own name for itself, capitalized: "English", "Español". */
export function languageName(locale: string): string {
  let name = locale;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {}
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
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

export interface HelpCentreSite {
  opts: HelpCentreOptions;
  /** Absolute, with a trailing slash. */
  base: string;
  locales: string[];
  byId: Map<string, FaqEntry>;
}

/** What every page of one build shares. */
export function helpCentreSite(faq: CompiledFaq, opts: HelpCentreOptions): HelpCentreSite {
  const base = new URL(opts.url).href.replace(/\/?$/, '/');
  const locales = [...new Set(faq.entries.map((e) => e.locale))].sort();
  return { opts, base, locales, byId: new Map(faq.entries.map((e) => [e.id, e])) };
}

/** The page of `entry` relative to a page in `from`'s folder. */
const hrefOf = (entry: FaqEntry, from: string): string => (entry.locale === from ? pageName(entry.id) : `../${entry.locale}/${pageName(entry.id)}`);

/** The colour as CSS: background, text on it, and the colour as text on white (links, focus). */
function colours(color: string | undefined): { brand: string; onBrand: string; accent: string } {
  const brand = (color && normalizeHex(color)) || DEFAULT_COLOR;
  return { brand, onBrand: readableText(brand), accent: ensureContrast(brand, '#ffffff', 4.5) };
}

/** `help.css`: the pages' only styles (no inline style, so a strict CSP serves them as they are). */
export function helpCentreCss(color?: string): string {
  const { brand, onBrand, accent } = colours(color);
  return `:root{--brand:${brand};--on-brand:${onBrand};--accent:${accent};color:#1f2937;background:#fff;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
*{box-sizing:border-box}
body{margin:0}
a{color:var(--accent);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:.5rem;top:-3rem;padding:.5rem .75rem;background:#fff;color:var(--accent);z-index:1}
.skip:focus{top:.5rem}
.top{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;justify-content:space-between;padding:.75rem max(1rem,calc(50% - 24rem));background:var(--brand);color:var(--on-brand)}
.top a{color:inherit}
.top :focus-visible{outline-color:currentColor}
.home{font-weight:650;font-size:1.125rem;text-decoration:none}
.top ul{display:flex;gap:1rem;margin:0;padding:0;list-style:none}
main{max-width:48rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem}
.answer{overflow-wrap:anywhere}
.answer img{max-width:100%;height:auto}
.answer :is(pre,table){display:block;overflow-x:auto}
.entries{padding-inline-start:1.25rem}
.entries li{margin:.375rem 0}
ayuda-help{display:block;margin:1rem 0 2rem}
`;
}

function head(lang: string, title: string, extra: string[]): string {
  return `<!DOCTYPE html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${extra.join('\n')}
</head>`;
}

function widgetTag(s: HelpCentreSite, depth: number): string {
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
function title(s: HelpCentreSite, text: string, t: PageStrings): string {
  const after = s.opts.name ?? t.helpCentre;
  return text === after ? text : `${text} | ${after}`;
}

/** The header: the help centre's home, and the other languages' indexes (`hreflang`, in their own language). */
function header(s: HelpCentreSite, locale: string, t: PageStrings): string {
  const others = s.locales.filter((l) => l !== locale);
  const nav = others.length
    ? `\n<nav aria-label="${esc(t.languages)}"><ul>${others.map((l) => `<li><a href="../${esc(l)}/" hreflang="${esc(l)}" lang="${esc(l)}">${esc(languageName(l))}</a></li>`).join('')}</ul></nav>`
    : '';
  return `<a class="skip" href="#main">${esc(t.skip)}</a>
<header class="top">
<a class="home" href="./">${esc(t.helpCentre)}</a>${nav}
</header>`;
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

/** The entries of one language by their first tag (in the FAQ's order), untagged ones last. */
export function sections(entries: FaqEntry[], other: string): { title: string; entries: FaqEntry[] }[] {
  const groups = new Map<string, FaqEntry[]>();
  for (const e of entries) {
    const key = e.tags[0] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const untagged = groups.get('');
  groups.delete('');
  const out = [...groups].map(([tag, list]) => ({ title: tag.charAt(0).toLocaleUpperCase() + tag.slice(1), entries: list }));
  return untagged ? [...out, { title: other, entries: untagged }] : out;
}

/** The `hreflang` alternates of the language indexes, and `x-default` for the page naming them. */
function alternates(s: HelpCentreSite): string[] {
  if (s.locales.length < 2) return [];
  return [...s.locales.map((l) => `<link rel="alternate" hreflang="${esc(l)}" href="${esc(`${s.base}${l}/`)}">`), `<link rel="alternate" hreflang="x-default" href="${esc(s.base)}">`];
}

/** One language's index: its entries by section, and the inline search. */
export function indexPage(locale: string, entries: FaqEntry[], s: HelpCentreSite): HelpCentreFile {
  const t = stringsOf(locale);
  const path = `${locale}/index.html`;
  const list = sections(entries, t.other)
    .map((section) => {
      const id = `s-${slugify(section.title) || createHash('sha256').update(section.title).digest('hex').slice(0, 8)}`;
      const items = section.entries.map((e) => `<li><a href="${esc(pageName(e.id))}">${esc(e.question)}</a></li>`).join('\n');
      return `<section aria-labelledby="${esc(id)}">\n<h2 id="${esc(id)}">${esc(section.title)}</h2>\n<ul class="entries">\n${items}\n</ul>\n</section>`;
    })
    .join('\n');
  const search = s.opts.widget ? `\n<ayuda-help lang="${esc(locale)}" placeholder="${esc(t.search)}"></ayuda-help>` : '';
  const html = `${head(locale, title(s, t.helpCentre, t), [
    `<link rel="canonical" href="${esc(s.base + locale)}/">`,
    ...alternates(s),
    '<link rel="stylesheet" href="../help.css">',
    widgetTag(s, 1),
  ].filter(Boolean))}
<body>
${header(s, locale, t)}
<main id="main">
<h1>${esc(t.helpCentre)}</h1>${search}
${list}
</main>
</body>
</html>
`;
  return { path, text: html };
}

/** DIR/index.html: each language's help centre, named in its own language. */
export function languagesPage(s: HelpCentreSite): HelpCentreFile {
  const first = s.locales[0] ?? 'en';
  const t = stringsOf(first);
  const links = s.locales.map((l) => `<li><a href="${esc(l)}/" hreflang="${esc(l)}" lang="${esc(l)}">${esc(`${stringsOf(l).helpCentre} (${languageName(l)})`)}</a></li>`).join('\n');
  const html = `${head(first, title(s, t.helpCentre, t), [`<link rel="canonical" href="${esc(s.base)}">`, ...alternates(s), '<link rel="stylesheet" href="help.css">'])}
<body>
<a class="skip" href="#main">${esc(t.skip)}</a>
<main id="main">
<h1>${esc(t.helpCentre)}</h1>
<ul class="entries">
${links}
</ul>
</main>
</body>
</html>
`;
  return { path: 'index.html', text: html };
}

const xml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** sitemap.xml: every page; the language indexes and the languages page with their alternates (each lists the whole group). */
export function sitemap(s: HelpCentreSite, files: HelpCentreFile[]): string {
  const group: [string, string][] = [...s.locales.map((l): [string, string] => [l, `${s.base}${l}/`]), ['x-default', s.base]];
  const alt = s.locales.length > 1 ? group.map(([l, href]) => `<xhtml:link rel="alternate" hreflang="${xml(l)}" href="${xml(href)}"/>`).join('') : '';
  const urls = files
    .filter((f) => f.path.endsWith('.html'))
    .map((f) => {
      const index = f.path === 'index.html' || f.path.endsWith('/index.html');
      const loc = s.base + f.path.replace(/(^|\/)index\.html$/, '$1');
      return `<url><loc>${xml(loc)}</loc>${index ? alt : ''}</url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}

/** Every file of the help centre. */
export function helpCentre(faq: CompiledFaq, opts: HelpCentreOptions): HelpCentreFile[] {
  const s = helpCentreSite(faq, opts);
  const pages: HelpCentreFile[] = [languagesPage(s)];
  for (const locale of s.locales) {
    const entries = faq.entries.filter((e) => e.locale === locale);
    pages.push(indexPage(locale, entries, s), ...entries.map((e) => entryPage(e, s)));
  }
  return [...pages, { path: 'help.css', text: helpCentreCss(opts.color) }, { path: 'sitemap.xml', text: sitemap(s, pages) }];
}
