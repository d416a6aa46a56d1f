/**
 * A site's FAQ index on the Sites page: where it is and whether the
 * collector could load it (entry titles and learned alternates need it).
 */
import { useI18n } from '../i18n/context.tsx';
import type { SiteView } from '../../shared/views.ts';


export function SiteFaq({ faq }: { faq: SiteView['faq'] }) {
  const t = useI18n();
  const s = t.s.siteFaq;
  if (!faq) return <>{s.none}</>;
  return (
    <>
      <code>{faq.source}</code>: {faq.entries !== undefined ? t.plural(s.entries, faq.entries) : ''}
      {faq.problem ? `${faq.entries !== undefined ? '; ' : ''}${t.fill(s.problem, { problem: faq.problem })}` : ''}
    </>
  );
}
