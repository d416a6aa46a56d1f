/**
 * A site's FAQ index on the Sites page: where it is and whether the
 * collector could load it (entry titles and learned alternates need it).
 */
import type { SiteView } from '../../shared/views.ts';

export const SITE_FAQ_STRINGS = {
  label: 'FAQ index',
  none: 'none: entries show as ids and no alternates are learned',
  entries: (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'entry' : 'entries'}`,
  problem: (p: string) => `not loaded: ${p}`,
  fieldLabel: 'FAQ index (faq-index.json)',
  fieldHint: 'Optional: the http(s) URL of the faq-index.json that `ayuda build` writes, or its absolute path on the collector. Entry titles and the alternates learned from customers come from it.',
};

export function SiteFaq({ faq }: { faq: SiteView['faq'] }) {
  const s = SITE_FAQ_STRINGS;
  if (!faq) return <>{s.none}</>;
  return (
    <>
      <code>{faq.source}</code>: {faq.entries !== undefined ? s.entries(faq.entries) : ''}
      {faq.problem ? `${faq.entries !== undefined ? '; ' : ''}${s.problem(faq.problem)}` : ''}
    </>
  );
}
