/** @jsxRuntime classic */
/** @jsx h */
import type { HandoffStrings } from '../i18n/index.ts';
import type { SentHandoff } from '../types.ts';
import { h } from './preact.ts';

/** The references of earlier hand-offs, so the customer can come back to them. */
export function EarlierRequests({ id, t, sent }: { id: string; t: HandoffStrings; sent: SentHandoff[] }) {
  if (sent.length === 0) return null;
  const date = new Intl.DateTimeFormat(t.lang, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="ay-earlier" aria-labelledby={`${id}e`}>
      <h4 id={`${id}e`}>{t.earlier}</h4>
      <ul>
        {sent.map((s) => (
          <li key={s.id}>
            <strong>{s.reference}</strong> <span class="ay-note">{`${date.format(s.at)} · ${t.status[s.status]}`}</span>
            <br />
            <span>{s.question}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
