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
 * Its parts, in ./help-centre/: `site.ts` (what every page shares, page
 * names), `strings.ts` (the pages' words), `layout.ts` (head, header, the
 * widget's tag), `entry-page.ts` (with its JSON-LD), `index-pages.ts`,
 * `sitemap.ts`, `css.ts`.
 *
 * The FAQ does not link an entry to its translation (ids are unique across
 * languages), so the `hreflang` alternates join the language indexes only.
 */
import type { CompiledFaq } from '../src/faq/types.ts';
import { helpCentreCss } from './help-centre/css.ts';
import { entryPage } from './help-centre/entry-page.ts';
import { indexPage, languagesPage } from './help-centre/index-pages.ts';
import { helpCentreSite, type HelpCentreFile, type HelpCentreOptions } from './help-centre/site.ts';
import { sitemap } from './help-centre/sitemap.ts';

export { helpCentreCss } from './help-centre/css.ts';
export { entryPage, jsonForScript, pageAnswerHtml } from './help-centre/entry-page.ts';
export { indexPage, languagesPage, sections } from './help-centre/index-pages.ts';
export { esc } from './help-centre/layout.ts';
export { helpCentreSite, languageName, pageName, type HelpCentreFile, type HelpCentreOptions, type HelpCentreSite } from './help-centre/site.ts';
export { sitemap } from './help-centre/sitemap.ts';

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
