/** Hand-offs to a human, overdue first then newest; search by reference (AY-7K3Q) or contact email; by status. */
import { useState } from 'preact/hooks';
import { api } from '../api.ts';

export const HANDOFF_STATUSES = ['new', 'open', 'waiting', 'solved'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];
import { useI18n } from '../i18n/context.tsx';
import { errorText } from '../i18n/errors.ts';
import { BASE, navigate, onLinkClick, type Location } from '../router.ts';
import { useData } from '../use-data.ts';

export interface HandoffSummary {
  id: string;
  reference: string;
  site: string;
  created_at: number;
  status: HandoffStatus;
  due_at: number | null;
  overdue: boolean;
  assignee: string | null;
  contact_name: string | null;
  contact_email: string | null;
  question: string;
  channel: string;
}

/** Hand-offs whose deliveries were held during a flood, per site (server/dashboard/queries/handoffs.ts). */
export interface HeldDeliveries {
  site: string;
  handoffs: number;
  latest: number;
}

export function InboxPage({ loc, admin }: { loc: Location; admin: boolean }) {
  const t = useI18n();
  const s = t.s.inbox;
  const query = loc.query.toString();
  const [message, setMessage] = useState('');
  const { data, error, since, reload } = useData(() => api.get<{ handoffs: HandoffSummary[]; held: HeldDeliveries[] }>('/handoffs', query), query, true);
  const decide = async (site: string, action: 'release' | 'discard'): Promise<void> => {
    try {
      await api.post('/handoffs/held', { site, action });
      setMessage('');
      reload();
    } catch (err) {
      setMessage(errorText(err, t));
    }
  };
  const search = (event: Event): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next = new URLSearchParams();
    for (const name of ['q', 'status']) if (form.get(name)) next.set(name, String(form.get(name)));
    navigate(`${BASE}/inbox?${next.toString()}`);
  };
  return (
    <>
      <h1>{s.heading}</h1>
      <form class="filters" role="search" aria-label={s.search} onSubmit={search}>
        <label class="field">
          <span>{s.query}</span>
          <input name="q" type="search" placeholder="AY-7K3Q" defaultValue={loc.query.get('q') ?? ''} />
        </label>
        <label class="field">
          <span>{s.status}</span>
          <select name="status">
            {[['', s.allStatuses] as const, ...HANDOFF_STATUSES.map((v) => [v, t.s.handoffStatuses[v]] as const)].map(([v, text]) => <option value={v} selected={(loc.query.get('status') ?? '') === v}>{text}</option>)}
          </select>
        </label>
        <button type="submit">{s.submit}</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {data?.held.map((h) => (
        <div class="warning" role="status" data-testid="held-deliveries">
          <p>{t.plural(s.held, h.handoffs, { site: h.site, latest: t.dateTime(h.latest) })}</p>
          {admin && (
            <p>
              <button type="button" onClick={() => void decide(h.site, 'release')}>{s.releaseHeld}</button>{' '}
              <button type="button" onClick={() => void decide(h.site, 'discard')}>{s.discardHeld}</button>
            </p>
          )}
        </div>
      ))}
      {message && <p class="error" role="alert">{message}</p>}
      {data && data.handoffs.length === 0 && (
        <p class="empty" role="status">{loc.query.get('q') ? s.noMatch : s.empty}</p>
      )}
      {data && data.handoffs.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr><th scope="col">{s.columns.reference}</th><th scope="col">{s.columns.received}</th><th scope="col">{s.columns.customer}</th><th scope="col">{s.columns.question}</th><th scope="col">{s.columns.channel}</th><th scope="col">{s.columns.status}</th><th scope="col">{s.columns.due}</th><th scope="col">{s.columns.assignee}</th></tr>
            </thead>
            <tbody>
              {data.handoffs.map((h) => (
                <tr>
                  <th scope="row"><a href={`${BASE}/inbox/${encodeURIComponent(h.id)}`} onClick={onLinkClick}><code>{h.reference}</code></a>{h.created_at > since && <span class="new">{t.s.newMark}</span>}</th>
                  <td class="dates">{t.dateTime(h.created_at)}</td>
                  <td>{h.contact_name ?? ''}{h.contact_email ? <><br /><small>{h.contact_email}</small></> : null}</td>
                  <td class="question">{h.question}</td>
                  <td>{h.channel}</td>
                  <td><span class={`status status-${h.status}`}>{t.s.handoffStatuses[h.status] ?? h.status}</span></td>
                  <td class="dates">{h.overdue ? <strong class="overdue">{s.overdue}</strong> : null}{h.overdue ? <br /> : null}{h.due_at !== null && (h.status === 'new' || h.status === 'open') ? t.dateTime(h.due_at) : ''}</td>
                  <td>{h.assignee ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
