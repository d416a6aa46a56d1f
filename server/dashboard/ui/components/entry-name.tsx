/**
 * A FAQ entry as the dashboard names it: its question ("¿Cómo devuelvo un
 * pedido?") with the id beside it, or the bare id when the site's FAQ index
 * is not known to the collector. Text only.
 */
import type { EntryTitles } from '../../shared/views.ts';

export function EntryName({ site, id, titles }: { site: string; id: string | null | undefined; titles: EntryTitles | undefined }) {
  if (!id) return <>—</>;
  const title = titles?.[site]?.[id];
  if (title === undefined) return <code>{id}</code>;
  return (
    <span class="entry-name">
      {title} <code>{id}</code>
    </span>
  );
}
