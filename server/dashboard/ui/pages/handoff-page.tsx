/**
 * One hand-off: the customer's question, details and contact, where they
 * were (page, language, time zone), its status, assignee and due time, the
 * conversation (./handoff-conversation.tsx), the steps of what they did in
 * help, what the site told of them (traits, context), the files they
 * attached (downloads only), and a mailto link
 * (the reference in the subject). Every value is shown as text.
 */
import { api, type User } from '../api.ts';
import { rich, useI18n } from '../i18n/context.tsx';
import type { I18n } from '../i18n/i18n.ts';
import { BASE, onLinkClick } from '../router.ts';
import { useData } from '../use-data.ts';
import type { HandoffSummary } from './inbox-page.tsx';
import { Conversation, DueTime } from './handoff-conversation.tsx';

interface HandoffDetail extends HandoffSummary {
  session: string;
  details: string | null;
  transcript: unknown;
  assignee_id: number | null;
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

/** The `handoff` item's fields shown with the other facts, by their labels' keys. */
const WHERE = [['page', 'path'], ['language', 'locale'], ['timeZone', 'timeZone'], ['requested', 'requested'], ['phone', 'phone']] as const;

/** "2026-11-23 06:52:13 UTC" for the first step and on a new (UTC) day, else "06:52:13". */
function stepTime(t: I18n, at: number, previous: number | undefined): string {
  const sameDay = previous !== undefined && Math.floor(previous / 86_400_000) === Math.floor(at / 86_400_000);
  return sameDay ? t.time(at) : t.dateTime(at, true);
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
  const t = useI18n();
  if (typeof item !== 'object' || item === null) return <li>{String(item)}</li>;
  const { type, at, text, ...rest } = item as Item;
  const fields = Object.entries(rest).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return (
    <li>
      {typeof at === 'number' ? <span class="dates">{stepTime(t, at, previous)} </span> : null}
      {typeof text === 'string' ? <span>{text}</span> : type !== undefined ? <strong>{String(type)}</strong> : null}
      {fields.length > 0 && (
        <details>
          <summary>{t.s.handoff.more}</summary>
          <KeyValues values={fields} />
        </details>
      )}
    </li>
  );
}

/** What the customer's page told: identify() traits and data-context. */
function SiteValues({ site }: { site: Item }) {
  const { s } = useI18n();
  const entries = (v: unknown): [string, unknown][] => (typeof v === 'object' && v !== null ? Object.entries(v) : []);
  const values = [...entries(site.traits), ...entries(site.context)];
  if (!values.length) return null;
  return (
    <section aria-labelledby="from-site">
      <h2 id="from-site">{s.handoff.fromSite}</h2>
      <div class="transcript"><KeyValues values={values} /></div>
    </section>
  );
}

interface Attachment {
  id: string;
  name: string;
  type: string;
  size: number;
}

/**
 * The customer's files as plain download links (the route answers
 * `Content-Disposition: attachment`, its own sandboxing CSP and nosniff):
 * never an <img> or a preview of the file.
 */
function Attachments({ id }: { id: string }) {
  const t = useI18n();
  const s = t.s.handoff;
  const { data } = useData(() => api.get<{ attachments: Attachment[] }>(`/handoffs/${encodeURIComponent(id)}/attachments`), id);
  if (!data?.attachments.length) return null;
  const size = (bytes: number) => (bytes >= 1e6 ? `${t.number(Math.round(bytes / 1e5) / 10)} MB` : `${t.number(Math.max(1, Math.round(bytes / 1e3)))} KB`);
  return (
    <section aria-labelledby="attachments">
      <h2 id="attachments">{s.attachments}</h2>
      <ul class="attachments">
        {data.attachments.map((a) => (
          <li>
            <a href={`${BASE}/api/handoffs/${encodeURIComponent(id)}/attachments/${encodeURIComponent(a.id)}`} download={a.name} aria-label={t.fill(s.download, { name: a.name, type: a.type, size: size(a.size) })}>
              {a.name}
            </a>{' '}
            <span class="hint">{a.type}, {size(a.size)}</span>
          </li>
        ))}
      </ul>
      <p class="hint">{s.attachmentsNote}</p>
    </section>
  );
}

export function HandoffPage({ id, user }: { id: string; user: User }) {
  const t = useI18n();
  const s = t.s.handoff;
  const { data, error, reload } = useData(() => api.get<{ handoff: HandoffDetail }>(`/handoffs/${encodeURIComponent(id)}`), id, true);
  if (error) return <><h1>{s.heading}</h1><p class="error" role="alert">{error}</p></>;
  if (!data) return <p class="loading" role="status">{t.s.loading}</p>;
  const h = data.handoff;
  const mailto = replyLink(h);
  const parts = splitTranscript(h.transcript);
  const where = parts?.where;
  return (
    <>
      <p class="crumbs"><a href={`${BASE}/inbox`} onClick={onLinkClick}>{s.back}</a></p>
      <h1>{rich(s.headingOf, { reference: <code>{h.reference}</code> })}</h1>
      <dl class="facts">
        <div><dt>{s.facts.status}</dt><dd><span class={`status status-${h.status}`}>{t.s.handoffStatuses[h.status] ?? h.status}</span> <DueTime h={h} /></dd></div>
        <div><dt>{s.conversation.assignee}</dt><dd>{h.assignee ?? s.conversation.nobody}</dd></div>
        <div><dt>{s.facts.received}</dt><dd>{t.dateTime(h.created_at)}</dd></div>
        <div><dt>{s.facts.channel}</dt><dd>{h.channel}</dd></div>
        <div><dt>{s.facts.customer}</dt><dd>{h.contact_name ?? t.s.none} {h.contact_email ? `<${h.contact_email}>` : ''}</dd></div>
        <div><dt>{s.facts.site}</dt><dd>{h.site}</dd></div>
        {WHERE.map(([label, key]) => {
          const v = where?.[key];
          return typeof v === 'string' && <div><dt>{s.facts[label]}</dt><dd>{key === 'path' ? <code>{v}</code> : v}</dd></div>;
        })}
      </dl>
      <h2>{s.question}</h2>
      <p class="question">{h.question}</p>
      {h.details && (<><h2>{s.details}</h2><p class="question">{h.details}</p></>)}
      <Attachments id={h.id} />
      <Conversation h={h} user={user} onChange={reload} />
      <p>{mailto ? <a href={mailto}>{s.reply}</a> : <span class="hint">{s.noEmail}</span>}</p>
      <h2>{s.steps}</h2>
      {parts ? (
        parts.steps.length ? (
          <ol class="transcript">
            {parts.steps.map((item, i) => {
              const before = parts.steps[i - 1] as Item | undefined;
              return <TranscriptItem item={item} previous={typeof before?.at === 'number' ? before.at : undefined} />;
            })}
          </ol>
        ) : (
          <p class="hint">{s.noSteps}</p>
        )
      ) : (
        <pre class="transcript">{typeof h.transcript === 'string' ? h.transcript : JSON.stringify(h.transcript, null, 2)}</pre>
      )}
      {parts?.site && <SiteValues site={parts.site} />}
    </>
  );
}
