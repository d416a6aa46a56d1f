/** `sitemap.xml`. */
import type { HelpCentreFile, HelpCentreSite } from './site.ts';

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
