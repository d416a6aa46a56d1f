/** Owner, status, FAQ entry and fix date of a group; admins edit, viewers read. Refusals (e.g. "not verified by the data") are shown as sent. */
import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { errorText } from '../i18n/errors.ts';
import { GROUP_STATUSES } from '../../../db/dashboard-schema.ts';
import type { GroupSummary } from '../../shared/views.ts';

export function WorkflowForm({ group, canEdit, onSaved }: { group: GroupSummary; canEdit: boolean; onSaved: () => void }) {
  const t = useI18n();
  const s = t.s.workflow;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  if (!canEdit) {
    return (
      <dl class="facts">
        <div><dt>{s.status}</dt><dd>{t.status(group.status)}</dd></div>
        <div><dt>{s.owner}</dt><dd>{group.owner ?? t.s.none}</dd></div>
        <div><dt>{s.entry}</dt><dd><code>{group.entry_id ?? t.s.none}</code></dd></div>
        <div><dt>{s.fixedOn}</dt><dd>{t.day(group.fixed_at)}</dd></div>
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
      setMessage({ ok: true, text: s.saved });
      onSaved();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t) });
    }
  };
  return (
    <form class="workflow" key={`${group.owner}|${group.status}|${group.entry_id}|${group.fixed_at}`} onSubmit={(e) => void submit(e)}>
      <label class="field">
        <span>{s.owner}</span>
        <input name="owner" maxLength={100} placeholder={s.ownerPlaceholder} defaultValue={group.owner ?? ''} />
      </label>
      <label class="field">
        <span>{s.status}</span>
        <select name="status">
          {GROUP_STATUSES.map((value) => <option value={value} selected={value === group.status}>{t.status(value)}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{s.entryId}</span>
        <input name="entry_id" maxLength={128} placeholder={s.entryPlaceholder} defaultValue={group.entry_id ?? ''} />
      </label>
      <label class="field">
        <span>{s.fixedOnUtc}</span>
        <input name="fixed_on" type="date" defaultValue={group.fixed_at === null ? '' : new Date(group.fixed_at).toISOString().slice(0, 10)} />
      </label>
      <button type="submit">{s.save}</button>
      <p class={message?.ok === false ? 'error' : 'ok'} role="status">{message?.text ?? ''}</p>
    </form>
  );
}
