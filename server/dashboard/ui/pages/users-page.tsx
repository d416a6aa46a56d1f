/** Admins add users (a generated password is shown once), change roles and remove users. */
import { useState } from 'preact/hooks';
import { api, ApiError, type User } from '../api.ts';
import { day } from '../components/format.ts';
import { useData } from '../use-data.ts';

interface Listed extends User { created_at: number }

export function UsersPage({ user }: { user: User }) {
  const { data, error, reload } = useData(() => api.get<{ users: Listed[] }>('/users'), 'users');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  if (user.role !== 'admin') return <><h1>Users</h1><p>Only admins manage users.</p></>;
  const run = async (action: () => Promise<string>): Promise<void> => {
    try {
      setMessage({ ok: true, text: await action() });
      reload();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? err.message : 'Could not save.' });
    }
  };
  const add = (event: Event): void => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    const form = new FormData(formEl);
    void run(async () => {
      const password = String(form.get('password') ?? '');
      const reply = await api.post<{ user: User; password?: string }>('/users', { email: form.get('email'), role: form.get('role'), ...(password ? { password } : {}) });
      formEl.reset();
      return reply.password ? `Added ${reply.user.email}. Their password, shown only now: ${reply.password}` : `Added ${reply.user.email}.`;
    });
  };
  return (
    <>
      <h1>Users</h1>
      {error && <p class="error" role="alert">{error}</p>}
      <p class={message?.ok === false ? 'error' : 'ok'} role="status">{message?.text ?? ''}</p>
      {data && (
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Added</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {data.users.map((u) => (
                <tr>
                  <th scope="row">{u.email}</th>
                  <td>
                    <select aria-label={`Role of ${u.email}`} onChange={(e) => { const role = (e.currentTarget as HTMLSelectElement).value; void run(async () => { await api.patch(`/users/${u.id}`, { role }); return `${u.email} is now ${role}.`; }); }}>
                      {['admin', 'viewer'].map((r) => <option value={r} selected={u.role === r}>{r}</option>)}
                    </select>
                  </td>
                  <td>{day(u.created_at)}</td>
                  <td>{u.id !== user.id && <button type="button" onClick={() => void run(async () => { await api.delete(`/users/${u.id}`); return `Removed ${u.email}.`; })}>Remove</button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Add a user</h2>
      <form class="filters" onSubmit={add}>
        <label class="field"><span>Email</span><input name="email" type="email" required /></label>
        <label class="field"><span>Role</span><select name="role"><option value="viewer">viewer (read only)</option><option value="admin">admin</option></select></label>
        <label class="field"><span>Password (empty: generate one)</span><input name="password" type="password" autocomplete="new-password" minLength={10} /></label>
        <button type="submit">Add user</button>
      </form>
    </>
  );
}
