/** The language indexes (entries by section, the inline search) and the page naming the languages. */
import { createHash } from 'node:crypto';
import type { FaqEntry } from '../../src/faq/types.ts';
import { slugify } from '../slugify.ts';
import { alternates, esc, head, header, title, widgetTag } from './layout.ts';
import { languageName, pageName, type HelpCentreFile, type HelpCentreSite } from './site.ts';
import { stringsOf } from './strings.ts';

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
