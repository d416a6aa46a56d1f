/** Owner, status, FAQ entry and fix date of a group; admins edit, viewers read. Refusals (e.g. "not verified by the data") are shown as sent. */
import { useState } from 'preact/hooks';
import { api, ApiError } from '../api.ts';
import { day, STATUS_LABELS } from '../components/format.ts';
import type { GroupSummary } from '../../shared/views.ts';

export function WorkflowForm({ group, canEdit, onSaved }: { group: GroupSummary; canEdit: boolean; onSaved: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  if (!canEdit) {
    return (
      <dl class="facts">
        <div><dt>Status</dt><dd>{STATUS_LABELS[group.status]}</dd></div>
        <div><dt>Owner</dt><dd>{group.owner ?? '—'}</dd></div>
        <div><dt>FAQ entry</dt><dd><code>{group.entry_id ?? '—'}</code></dd></div>
        <div><dt>Fixed on</dt><dd>{day(group.fixed_at)}</dd></div>
      </dl>
    );
  }
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string): string => String(form.get(name) ?? '').trim();
    try {
      await api.patch(`/groups/${group.id}`, {
        owner: text('owner') || null,
        status: text('status'),
        entry_id: text('entry_id') || null,
        fixed_on: text('fixed_on') || null,
      });
      setMessage({ ok: true, text: 'Saved.' });
      onSaved();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? err.message : 'Could not save.' });
    }
  };
  return (
    <form class="workflow" key={`${group.owner}|${group.status}|${group.entry_id}|${group.fixed_at}`} onSubmit={(e) => void submit(e)}>
      <label class="field">
        <span>Owner</span>
        <input name="owner" maxLength={100} placeholder="Team or person" defaultValue={group.owner ?? ''} />
      </label>
      <label class="field">
        <span>Status</span>
        <select name="status">
          {Object.entries(STATUS_LABELS).map(([value, label]) => <option value={value} selected={value === group.status}>{label}</option>)}
        </select>
      </label>
      <label class="field">
        <span>FAQ entry id</span>
        <input name="entry_id" maxLength={128} placeholder="e.g. refund-timing" defaultValue={group.entry_id ?? ''} />
      </label>
      <label class="field">
        <span>Fixed on (UTC)</span>
        <input name="fixed_on" type="date" defaultValue={group.fixed_at === null ? '' : day(group.fixed_at)} />
      </label>
      <button type="submit">Save</button>
      <p class={message?.ok === false ? 'error' : 'ok'} role="status">{message?.text ?? ''}</p>
    </form>
  );
}
