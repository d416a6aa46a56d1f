/**
 * A hand-off's conversation in the inbox: the messages (agent replies,
 * the customer's answers, internal notes marked as such), the reply form
 * (admins: "Send reply" emails the customer and shows it in their widget,
 * "Add internal note" reaches nobody), the status and assignee, the due
 * time, and every email and webhook delivery with its attempts and a retry.
 * Every customer string is rendered as text.
 */
import { useState } from 'preact/hooks';
import { api, type User } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { errorText } from '../i18n/errors.ts';
import { useData } from '../use-data.ts';
import { HANDOFF_STATUSES, type HandoffStatus } from './inbox-page.tsx';

export interface Message {
  id: number;
  kind: 'reply' | 'customer' | 'note';
  author: string | null;
  body: string;
  at: number;
}

interface Attempt {
  attempt: number;
  at: number;
  ok: boolean;
  status_code: number | null;
  detail: string | null;
}

interface Delivery {
  id: number;
  target: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_error: string | null;
  attempts_log: Attempt[];
}

interface ConversationData {
  messages: Message[];
  deliveries: Delivery[];
  assignees: { id: number; email: string }[];
}

export interface ConversationHandoff {
  id: string;
  status: HandoffStatus;
  contact_email: string | null;
  assignee_id: number | null;
  due_at: number | null;
  overdue: boolean;
}

/** What a delivery is, from its target: "email", "webhook", "email:m12" (a reply), "webhook:m12" / "webhook:s…" (an event). */
function useTargetName(): (target: string) => string {
  const c = useI18n().s.handoff.conversation;
  const t = useI18n();
  return (target) => {
    if (target === 'email') return c.targets.email;
    if (target === 'webhook') return c.targets.webhook;
    if (target.startsWith('email:')) return c.targets.replyEmail;
    const key = target.slice('webhook:'.length);
    return t.fill(c.targets.event, { event: key.startsWith('s') ? 'handoff.status_changed' : 'handoff.replied / customer_replied' });
  };
}

function Messages({ messages }: { messages: Message[] }) {
  const t = useI18n();
  const c = t.s.handoff.conversation;
  if (!messages.length) return <p class="hint">{c.empty}</p>;
  return (
    <ol class="messages">
      {messages.map((m) => (
        <li class={`message message-${m.kind}`}>
          <p class="message-head">
            <strong>{m.kind === 'customer' ? c.customer : t.fill(m.kind === 'note' ? c.note : c.reply, { author: m.author ?? '' })}</strong>{' '}
            <span class="dates">{t.dateTime(m.at)}</span>
          </p>
          <p class="question">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}

function Deliveries({ handoffId, deliveries, admin, onChange }: { handoffId: string; deliveries: Delivery[]; admin: boolean; onChange(): void }) {
  const t = useI18n();
  const c = t.s.handoff.conversation;
  const name = useTargetName();
  const [said, setSaid] = useState('');
  const retry = async (d: Delivery): Promise<void> => {
    try {
      await api.post(`/handoffs/${encodeURIComponent(handoffId)}/deliveries/${d.id}/retry`);
      setSaid(c.retried);
      onChange();
    } catch (err) {
      setSaid(errorText(err, t));
    }
  };
  return (
    <section aria-labelledby="deliveries">
      <h2 id="deliveries">{c.deliveries}</h2>
      {deliveries.length === 0 ? (
        <p class="hint">{c.noDeliveries}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr><th scope="col">{c.columns.target}</th><th scope="col">{c.columns.status}</th><th scope="col">{c.columns.attempts}</th>{admin && <td />}</tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr>
                  <th scope="row">{name(d.target)}</th>
                  <td><span class={`status delivery-${d.status}`}>{c.deliveryStatuses[d.status]}</span></td>
                  <td>
                    <ol class="attempts">
                      {d.attempts_log.map((a) => (
                        <li>{t.fill(c.attempt, { n: String(a.attempt), time: t.dateTime(a.at), outcome: a.ok ? c.ok : (a.detail ?? String(a.status_code ?? '')) })}</li>
                      ))}
                    </ol>
                  </td>
                  {admin && (
                    <td><button type="button" aria-label={t.fill(c.retryOf, { target: name(d.target) })} onClick={() => void retry(d)}>{c.retry}</button></td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" class="hint">{said}</p>
    </section>
  );
}

/** Status and assignee (admins change them; viewers read them in the facts). */
function Manage({ h, assignees, onChange }: { h: ConversationHandoff; assignees: ConversationData['assignees']; onChange(): void }) {
  const t = useI18n();
  const c = t.s.handoff.conversation;
  const [said, setSaid] = useState('');
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const assignee = String(form.get('assignee') ?? '');
    try {
      await api.patch(`/handoffs/${encodeURIComponent(h.id)}`, { status: String(form.get('status')), assignee: assignee ? Number(assignee) : null });
      setSaid(c.saved);
      onChange();
    } catch (err) {
      setSaid(errorText(err, t));
    }
  };
  return (
    <form class="filters" aria-label={c.manage} onSubmit={(e) => void save(e)}>
      <label class="field">
        <span>{c.status}</span>
        <select name="status">
          {HANDOFF_STATUSES.map((s) => <option value={s} selected={h.status === s}>{t.s.handoffStatuses[s]}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{c.assignee}</span>
        <select name="assignee">
          <option value="" selected={h.assignee_id === null}>{c.nobody}</option>
          {assignees.map((u) => <option value={String(u.id)} selected={h.assignee_id === u.id}>{u.email}</option>)}
        </select>
      </label>
      <button type="submit">{c.save}</button>
      <span role="status" class="hint">{said}</span>
    </form>
  );
}

function Compose({ h, onChange }: { h: ConversationHandoff; onChange(): void }) {
  const t = useI18n();
  const c = t.s.handoff.conversation;
  const [text, setText] = useState('');
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async (kind: 'reply' | 'note'): Promise<void> => {
    setBusy(true);
    try {
      await api.post(`/handoffs/${encodeURIComponent(h.id)}/messages`, { kind, text });
      setText('');
      setSaid(kind === 'reply' ? c.replied : c.noted);
      onChange();
    } catch (err) {
      setSaid(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="compose" onSubmit={(e) => (e.preventDefault(), void send('reply'))}>
      <label class="field">
        <span>{c.message}</span>
        <textarea name="text" rows={5} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} aria-describedby="compose-hint" />
      </label>
      <p id="compose-hint" class="hint">{h.contact_email ? t.fill(c.replyGoesTo, { email: h.contact_email }) : c.replyInWidget} {c.notesHidden}</p>
      <p>
        <button type="submit" disabled={busy || !text.trim()}>{c.sendReply}</button>{' '}
        <button type="button" disabled={busy || !text.trim()} onClick={() => void send('note')}>{c.addNote}</button>
      </p>
      <p role="status" class="hint">{said}</p>
    </form>
  );
}

/** The due time, for hand-offs owed an answer. */
export function DueTime({ h }: { h: ConversationHandoff }) {
  const t = useI18n();
  const c = t.s.handoff.conversation;
  if (h.due_at === null || (h.status !== 'new' && h.status !== 'open')) return null;
  return h.overdue ? <strong class="overdue">{t.fill(c.overdue, { time: t.dateTime(h.due_at) })}</strong> : <span>{t.fill(c.due, { time: t.dateTime(h.due_at) })}</span>;
}

export function Conversation({ h, user, onChange }: { h: ConversationHandoff; user: User; onChange(): void }) {
  const t = useI18n();
  const c = t.s.handoff.conversation;
  const path = `/handoffs/${encodeURIComponent(h.id)}/conversation`;
  const { data, error, reload } = useData(() => api.get<ConversationData>(path), path, true);
  const changed = (): void => {
    reload();
    onChange();
  };
  const admin = user.role === 'admin';
  return (
    <>
      {admin && data && <Manage h={h} assignees={data.assignees} onChange={changed} />}
      <section aria-labelledby="conversation">
        <h2 id="conversation">{c.heading}</h2>
        {error && <p class="error" role="alert">{error}</p>}
        {data && <Messages messages={data.messages} />}
        {admin && <Compose h={h} onChange={changed} />}
      </section>
      {data && <Deliveries handoffId={h.id} deliveries={data.deliveries} admin={admin} onChange={changed} />}
    </>
  );
}
