/**
 * FAQ entry titles for the entry ids a view shows, from each site's FAQ
 * index (server/sites/faq-catalog.ts): `{ site: { id: question } }`. Ids
 * whose site has no loadable FAQ, or that its FAQ no longer has, are left
 * out (the page shows the bare id).
 */
import type { FaqCatalog } from '../../sites/faq-catalog.ts';
import type { EntryTitles } from '../shared/views.ts';

export async function entryTitles(faqs: FaqCatalog, shown: Iterable<{ site: string; entry: string | null | undefined }>): Promise<EntryTitles> {
  const wanted = new Map<string, Set<string>>();
  for (const { site, entry } of shown) if (entry) wanted.set(site, (wanted.get(site) ?? new Set()).add(entry));
  const titles: EntryTitles = {};
  for (const [site, ids] of wanted) {
    const faq = await faqs.get(site);
    if (!faq) continue;
    const mine: Record<string, string> = {};
    for (const id of ids) {
      const title = faq.titles.get(id);
      if (title !== undefined) mine[id] = title;
    }
    titles[site] = mine;
  }
  return titles;
}
