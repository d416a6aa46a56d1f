/** Email and password (and an admin's authenticator code when asked for), posted with the CSRF token; errors in words, announced. */
import { useState } from 'preact/hooks';
import { api, ApiError, setCsrfToken, type User } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { errorText } from '../i18n/errors.ts';
import { BASE, navigate } from '../router.ts';

export function LoginPage({ next, onLogin }: { next: string | null; onLogin: (user: User) => void }) {
  const t = useI18n();
  const s = t.s.login;
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [askCode, setAskCode] = useState(false);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(undefined);
    try {
      const { user, csrfToken } = await api.post<{ user: User; csrfToken: string }>('/login', { email: form.get('email'), password: form.get('password'), ...(askCode ? { code: form.get('code') } : {}) });
      setCsrfToken(csrfToken);
      onLogin(user);
      const target = next && next.startsWith(`${BASE}/`) && !next.startsWith(`${BASE}/login`) && !next.startsWith('//') ? next : `${BASE}/`;
      navigate(target, true);
    } catch (err) {
      if (err instanceof ApiError && (err.error === 'totp_required' || err.error === 'invalid_code')) setAskCode(true);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" class="login">
      <h1>{s.heading}</h1>
      <form onSubmit={(e) => void submit(e)} aria-describedby={error ? 'login-error' : undefined}>
        <label class="field">
          <span>{s.email}</span>
          <input name="email" type="email" autocomplete="username" required />
        </label>
        <label class="field">
          <span>{s.password}</span>
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        {askCode && (
          <label class="field">
            <span>{s.code}</span>
            <input name="code" inputMode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,8}" required />
          </label>
        )}
        <p id="login-error" class="error" role="alert">{error === undefined ? '' : errorText(error, t)}</p>
        <button type="submit" disabled={busy}>{s.submit}</button>
      </form>
    </main>
  );
}
