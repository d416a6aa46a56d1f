/** Email and password, posted with the CSRF token; errors in words, announced. */
import { useState } from 'preact/hooks';
import { api, ApiError, setCsrfToken, type User } from '../api.ts';
import { BASE, navigate } from '../router.ts';

export function LoginPage({ next, onLogin }: { next: string | null; onLogin: (user: User) => void }) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError('');
    try {
      const { user, csrfToken } = await api.post<{ user: User; csrfToken: string }>('/login', { email: form.get('email'), password: form.get('password') });
      setCsrfToken(csrfToken);
      onLogin(user);
      const target = next && next.startsWith(`${BASE}/`) && !next.startsWith(`${BASE}/login`) && !next.startsWith('//') ? next : `${BASE}/`;
      navigate(target, true);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not reach the server.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" class="login">
      <h1>Ayuda support dashboard</h1>
      <form onSubmit={(e) => void submit(e)} aria-describedby={error ? 'login-error' : undefined}>
        <label class="field">
          <span>Email</span>
          <input name="email" type="email" autocomplete="username" required />
        </label>
        <label class="field">
          <span>Password</span>
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        <p id="login-error" class="error" role="alert">{error}</p>
        <button type="submit" disabled={busy}>Log in</button>
      </form>
    </main>
  );
}
