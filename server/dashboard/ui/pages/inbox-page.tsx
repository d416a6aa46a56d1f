/** Hand-offs to a human, newest first; search by reference (AY-7K3Q) or contact email; open or closed. */
import { api } from '../api.ts';
import { dateTime } from '../components/format.ts';
import { BASE, navigate, onLinkClick, type Location } from '../router.ts';
import { useData } from '../use-data.ts';

export interface HandoffSummary {
  id: string;
  reference: string;
  site: string;
  created_at: number;
  status: 'open' | 'closed';
  contact_name: string | null;
  contact_email: string | null;
  question: string;
  channel: string;
}

export function InboxPage({ loc }: { loc: Location }) {
  const query = loc.query.toString();
  const { data, error, since } = useData(() => api.get<{ handoffs: HandoffSummary[] }>('/handoffs', query), query, true);
  const search = (event: Event): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next = new URLSearchParams();
    for (const name of ['q', 'status']) if (form.get(name)) next.set(name, String(form.get(name)));
    navigate(`${BASE}/inbox?${next.toString()}`);
  };
  return (
    <>
      <h1>Inbox</h1>
      <form class="filters" role="search" aria-label="Search hand-offs" onSubmit={search}>
        <label class="field">
          <span>Reference or email</span>
          <input name="q" type="search" placeholder="AY-7K3Q" defaultValue={loc.query.get('q') ?? ''} />
        </label>
        <label class="field">
          <span>Status</span>
          <select name="status">
            {[['', 'Open and closed'], ['open', 'Open'], ['closed', 'Closed']].map(([v, t]) => <option value={v} selected={(loc.query.get('status') ?? '') === v}>{t}</option>)}
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {data && data.handoffs.length === 0 && (
        <p class="empty" role="status">{loc.query.get('q') ? 'No hand-off matches this search.' : 'No hand-offs yet. When a customer asks for a human, it appears here with everything they already tried.'}</p>
      )}
      {data && data.handoffs.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr><th scope="col">Reference</th><th scope="col">Received</th><th scope="col">Customer</th><th scope="col">Question</th><th scope="col">Channel</th><th scope="col">Status</th></tr>
            </thead>
            <tbody>
              {data.handoffs.map((h) => (
                <tr>
                  <th scope="row"><a href={`${BASE}/inbox/${encodeURIComponent(h.id)}`} onClick={onLinkClick}><code>{h.reference}</code></a>{h.created_at > since && <span class="new">New</span>}</th>
                  <td class="dates">{dateTime(h.created_at)}</td>
                  <td>{h.contact_name ?? ''}{h.contact_email ? <><br /><small>{h.contact_email}</small></> : null}</td>
                  <td class="question">{h.question}</td>
                  <td>{h.channel}</td>
                  <td><span class={`status status-${h.status}`}>{h.status}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
