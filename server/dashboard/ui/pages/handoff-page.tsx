/**
 * One hand-off: the customer's question, details and contact, the full
 * transcript of what they did in help, a reply link (mailto, the reference
 * in the subject) and open/closed. Every value is shown as text.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, type User } from '../api.ts';
import { dateTime } from '../components/format.ts';
import { BASE, onLinkClick } from '../router.ts';
import { useData } from '../use-data.ts';
import type { HandoffSummary } from './inbox-page.tsx';

interface HandoffDetail extends HandoffSummary {
  session: string;
  details: string | null;
  transcript: unknown;
}

/** mailto: with every part percent-encoded: customer text cannot add headers or recipients. */
export function replyLink(h: Pick<HandoffDetail, 'contact_email' | 'reference' | 'question'>): string | undefined {
  if (!h.contact_email || !/^[^\s@<>,;:"]+@[^\s@<>,;:"]+$/.test(h.contact_email)) return undefined;
  const subject = `[${h.reference}] ${h.question}`.slice(0, 150);
  return `mailto:${encodeURIComponent(h.contact_email)}?subject=${encodeURIComponent(subject)}`;
}

function TranscriptItem({ item }: { item: unknown }) {
  if (typeof item !== 'object' || item === null) return <li>{String(item)}</li>;
  const { type, at, text, ...rest } = item as Record<string, unknown>;
  const fields = Object.entries(rest).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return (
    <li>
      {typeof at === 'number' ? <span class="dates">{dateTime(at)} </span> : null}
      {type !== undefined ? <strong>{String(type)} </strong> : null}
      {typeof text === 'string' ? <span>{text}</span> : null}
      {fields.length > 0 && (
        <details>
          <summary>{typeof text === 'string' ? 'Details' : fields.map(([k]) => k).join(', ')}</summary>
          <dl class="kv">
            {fields.map(([k, v]) => (
              <div><dt>{k}</dt><dd>{typeof v === 'string' ? v : JSON.stringify(v)}</dd></div>
            ))}
          </dl>
        </details>
      )}
    </li>
  );
}

export function HandoffPage({ id, user }: { id: string; user: User }) {
  const { data, error, reload } = useData(() => api.get<{ handoff: HandoffDetail }>(`/handoffs/${encodeURIComponent(id)}`), id);
  const [message, setMessage] = useState('');
  if (error) return <><h1>Hand-off</h1><p class="error" role="alert">{error}</p></>;
  if (!data) return <p class="loading" role="status">Loading…</p>;
  const h = data.handoff;
  const mailto = replyLink(h);
  const toggle = async (): Promise<void> => {
    try {
      await api.patch(`/handoffs/${encodeURIComponent(h.id)}`, { status: h.status === 'open' ? 'closed' : 'open' });
      reload();
    } catch (err) {
      setMessage(err instanceof ApiError ? err.message : 'Could not save.');
    }
  };
  return (
    <>
      <p class="crumbs"><a href={`${BASE}/inbox`} onClick={onLinkClick}>← Inbox</a></p>
      <h1>Hand-off <code>{h.reference}</code></h1>
      <dl class="facts">
        <div><dt>Status</dt><dd><span class={`status status-${h.status}`}>{h.status}</span></dd></div>
        <div><dt>Received</dt><dd>{dateTime(h.created_at)}</dd></div>
        <div><dt>Channel</dt><dd>{h.channel}</dd></div>
        <div><dt>Customer</dt><dd>{h.contact_name ?? '—'} {h.contact_email ? `<${h.contact_email}>` : ''}</dd></div>
        <div><dt>Site</dt><dd>{h.site}</dd></div>
      </dl>
      <p>
        {mailto ? <a class="button" href={mailto}>Reply by email</a> : <span class="hint">No email address to reply to.</span>}{' '}
        {user.role === 'admin' && <button type="button" onClick={() => void toggle()}>{h.status === 'open' ? 'Mark closed' : 'Reopen'}</button>}
      </p>
      <p class="error" role="status">{message}</p>
      <h2>Question</h2>
      <p class="question">{h.question}</p>
      {h.details && (<><h2>Details</h2><p class="question">{h.details}</p></>)}
      <h2>What the customer already did</h2>
      {Array.isArray(h.transcript) ? (
        <ol class="transcript">{h.transcript.map((item) => <TranscriptItem item={item} />)}</ol>
      ) : (
        <pre class="transcript">{typeof h.transcript === 'string' ? h.transcript : JSON.stringify(h.transcript, null, 2)}</pre>
      )}
    </>
  );
}
