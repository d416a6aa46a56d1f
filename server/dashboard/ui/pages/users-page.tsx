/** Admins of every site add users (a generated password is shown once), change roles and the sites each sees, and remove users. */
import { useState } from 'preact/hooks';
import { api, type User } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { errorText } from '../i18n/errors.ts';
import { useData } from '../use-data.ts';
import { pickedSites, SitesPicker } from './sites-picker.tsx';

interface Listed extends User { created_at: number }

export function UsersPage({ user, sites }: { user: User; sites: readonly string[] }) {
  const t = useI18n();
  const s = t.s.users;
  const { data, error, reload } = useData(() => api.get<{ users: Listed[] }>('/users'), 'users');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [editing, setEditing] = useState<number | undefined>();
  if (user.role !== 'admin' || user.sites !== null) return <><h1>{s.heading}</h1><p>{s.adminsOnly}</p></>;
  const run = async (action: () => Promise<string>): Promise<void> => {
    try {
      setMessage({ ok: true, text: await action() });
      reload();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t) });
    }
  };
  const add = (event: Event): void => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    const picked = pickedSites(form, 'new');
    if (picked === undefined) {
      setMessage({ ok: false, text: s.noSites });
      return;
    }
    void run(async () => {
      const password = String(form.get('password') ?? '');
      const reply = await api.post<{ user: User; password?: string }>('/users', { email: form.get('email'), role: form.get('role'), sites: picked, ...(password ? { password } : {}) });
      formEl.reset();
      return reply.password ? t.fill(s.addedWithPassword, { email: reply.user.email, password: reply.password }) : t.fill(s.added, { email: reply.user.email });
    });
  };
  const sitesText = (list: string[] | null): string => (list === null ? s.everySite : list.join(', ') || t.s.none);
  const saveSites = (u: Listed, event: Event): void => {
    event.preventDefault();
    const picked = pickedSites(new FormData(event.currentTarget as HTMLFormElement), `user-${u.id}`);
    if (picked === undefined) {
      setMessage({ ok: false, text: s.noSites });
      return;
    }
    void run(async () => {
      await api.patch(`/users/${u.id}`, { sites: picked });
      setEditing(undefined);
      return t.fill(s.sitesChanged, { email: u.email, sites: sitesText(picked) });
    });
  };
  return (
    <>
      <h1>{s.heading}</h1>
      {error && <p class="error" role="alert">{error}</p>}
      <p class={message?.ok === false ? 'error' : 'ok'} role="status">{message?.text ?? ''}</p>
      {data && (
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">{s.columns.email}</th><th scope="col">{s.columns.role}</th><th scope="col">{s.columns.sites}</th><th scope="col">{s.columns.added}</th><th scope="col"><span class="visually-hidden">{s.columns.actions}</span></th></tr></thead>
            <tbody>
              {data.users.map((u) => (
                <tr>
                  <th scope="row">{u.email}</th>
                  <td>
                    <select aria-label={t.fill(s.roleOf, { email: u.email })} onChange={(e) => { const role = (e.currentTarget as HTMLSelectElement).value as User['role']; void run(async () => { await api.patch(`/users/${u.id}`, { role }); return t.fill(s.roleChanged, { email: u.email, role: t.s.roles[role] }); }); }}>
                      {(['admin', 'viewer'] as const).map((r) => <option value={r} selected={u.role === r}>{t.s.roles[r]}</option>)}
                    </select>
                  </td>
                  <td>
                    {editing === u.id ? (
                      <form onSubmit={(e) => saveSites(u, e)}>
                        <SitesPicker name={`user-${u.id}`} legend={t.fill(s.sitesOf, { email: u.email })} sites={sites} value={u.sites} />
                        <button type="submit">{s.save}</button> <button type="button" class="secondary" onClick={() => setEditing(undefined)}>{s.cancel}</button>
                      </form>
                    ) : (
                      <>
                        {sitesText(u.sites)}{' '}
                        <button type="button" class="link" onClick={() => setEditing(u.id)}>{s.changeSites}<span class="visually-hidden"> ({u.email})</span></button>
                      </>
                    )}
                  </td>
                  <td>{t.day(u.created_at)}</td>
                  <td>{u.id !== user.id && <button type="button" onClick={() => void run(async () => { await api.delete(`/users/${u.id}`); return t.fill(s.removed, { email: u.email }); })}>{s.remove}</button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{s.add}</h2>
      <form class="filters" onSubmit={add}>
        <label class="field"><span>{s.email}</span><input name="email" type="email" required /></label>
        <label class="field"><span>{s.role}</span><select name="role"><option value="viewer">{s.viewerOption}</option><option value="admin">{t.s.roles.admin}</option></select></label>
        <label class="field"><span>{s.password}</span><input name="password" type="password" autocomplete="new-password" minLength={10} /></label>
        <SitesPicker name="new" legend={s.columns.sites} sites={sites} value={null} />
        <button type="submit">{s.submit}</button>
      </form>
    </>
  );
}
