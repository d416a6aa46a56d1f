/**
 * One hand-off: the customer's question, details and contact, where they
 * were (page, language, time zone), the steps of what they did in help, what
 * the site told of them (traits, context), a reply link (mailto, the reference
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

type Item = Record<string, unknown>;

/** The transcript as the inbox stores it (widget/src/handoff/transcript/format-inbox.ts): where they were, the steps, what the site told. */
export function splitTranscript(transcript: unknown): { where?: Item; site?: Item; steps: unknown[] } | undefined {
  if (!Array.isArray(transcript)) return undefined;
  const isItem = (x: unknown, type: string): x is Item => typeof x === 'object' && x !== null && (x as Item).type === type;
  const where = transcript.find((x) => isItem(x, 'handoff')) as Item | undefined;
  const site = transcript.find((x) => isItem(x, 'site')) as Item | undefined;
  return { where, site, steps: transcript.filter((x) => x !== where && x !== site) };
}

/** The `handoff` item's fields shown with the other facts, with their labels. */
const WHERE: [string, string][] = [['Page', 'path'], ['Language', 'locale'], ['Time zone', 'timeZone'], ['Asked for', 'requested'], ['Phone', 'phone']];

/** "2026-11-23 06:52:13 UTC" for the first step and on a new day, else "06:52:13". */
function stepTime(at: number, previous: number | undefined): string {
  const iso = new Date(at).toISOString();
  const sameDay = previous !== undefined && new Date(previous).toISOString().slice(0, 10) === iso.slice(0, 10);
  return sameDay ? iso.slice(11, 19) : `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

function KeyValues({ values }: { values: [string, unknown][] }) {
  return (
    <dl class="kv">
      {values.map(([k, v]) => (
        <div><dt>{k}</dt><dd>{shown(v)}</dd></div>
      ))}
    </dl>
  );
}

function TranscriptItem({ item, previous }: { item: unknown; previous: number | undefined }) {
  if (typeof item !== 'object' || item === null) return <li>{String(item)}</li>;
  const { type, at, text, ...rest } = item as Item;
  const fields = Object.entries(rest).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return (
    <li>
      {typeof at === 'number' ? <span class="dates">{stepTime(at, previous)} </span> : null}
      {typeof text === 'string' ? <span>{text}</span> : type !== undefined ? <strong>{String(type)}</strong> : null}
      {fields.length > 0 && (
        <details>
          <summary>Details</summary>
          <KeyValues values={fields} />
        </details>
      )}
    </li>
  );
}

/** What the customer's page told: identify() traits and data-context. */
function SiteValues({ site }: { site: Item }) {
  const entries = (v: unknown): [string, unknown][] => (typeof v === 'object' && v !== null ? Object.entries(v) : []);
  const values = [...entries(site.traits), ...entries(site.context)];
  if (!values.length) return null;
  return (
    <section aria-labelledby="from-site">
      <h2 id="from-site">From the site</h2>
      <div class="transcript"><KeyValues values={values} /></div>
    </section>
  );
}

export function HandoffPage({ id, user }: { id: string; user: User }) {
  const { data, error, reload } = useData(() => api.get<{ handoff: HandoffDetail }>(`/handoffs/${encodeURIComponent(id)}`), id);
  const [message, setMessage] = useState('');
  if (error) return <><h1>Hand-off</h1><p class="error" role="alert">{error}</p></>;
  if (!data) return <p class="loading" role="status">Loading…</p>;
  const h = data.handoff;
  const mailto = replyLink(h);
  const parts = splitTranscript(h.transcript);
  const where = parts?.where;
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
        {WHERE.map(([label, key]) => {
          const v = where?.[key];
          return typeof v === 'string' && <div><dt>{label}</dt><dd>{key === 'path' ? <code>{v}</code> : v}</dd></div>;
        })}
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
      {parts ? (
        parts.steps.length ? (
          <ol class="transcript">
            {parts.steps.map((item, i) => {
              const before = parts.steps[i - 1] as Item | undefined;
              return <TranscriptItem item={item} previous={typeof before?.at === 'number' ? before.at : undefined} />;
            })}
          </ol>
        ) : (
          <p class="hint">Nothing: they asked for a person before searching.</p>
        )
      ) : (
        <pre class="transcript">{typeof h.transcript === 'string' ? h.transcript : JSON.stringify(h.transcript, null, 2)}</pre>
      )}
      {parts?.site && <SiteValues site={parts.site} />}
    </>
  );
}
