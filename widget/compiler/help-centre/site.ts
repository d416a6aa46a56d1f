/** What every page of one build shares: the options, the site's address and languages, and where each entry's page is. */
import { createHash } from 'node:crypto';
import type { CompiledFaq, FaqEntry } from '../../src/faq/types.ts';
import { slugify } from '../slugify.ts';

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
export const hrefOf = (entry: FaqEntry, from: string): string => (entry.locale === from ? pageName(entry.id) : `../${entry.locale}/${pageName(entry.id)}`);
