/**
 * Admins' read-only tokens for one site's export of accepted wordings, so
 * a build can fetch it (`ayuda build --alternates-from <URL> --token`):
 * create one (shown once), see when each was last used, revoke it.
 */
import { useState } from 'preact/hooks';
import { api, ApiError } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { useData } from '../use-data.ts';
import type { ApiTokenView } from '../../shared/alternates-views.ts';


export function AlternatesTokens({ site }: { site: string }) {
  const t = useI18n();
  const S = t.s.tokens;
  const { data, reload } = useData(() => api.get<{ tokens: ApiTokenView[] }>('/alternates/tokens', new URLSearchParams({ site }).toString()), site);
  const [shown, setShown] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const url = `${location.origin}/dashboard/api/alternates/export.json?site=${encodeURIComponent(site)}`;

  const run = async (change: () => Promise<unknown>): Promise<void> => {
    try {
      await change();
      setProblem(undefined);
      reload();
    } catch (err) {
      setProblem(err instanceof ApiError ? err.message : S.failed);
    }
  };
  const create = (event: Event): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim() || site;
    void run(async () => {
      const created = await api.post<{ token: string }>('/alternates/tokens', { site, name });
      setShown(created.token);
      form.reset();
    });
  };

  return (
    <section class="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{S.heading}</h2>
      <p class="hint">{t.fill(S.intro, { site })}</p>
      <form class="workflow" onSubmit={create}>
        <div class="field">
          <label for="token-name">{S.name}</label>
          <input id="token-name" name="name" maxLength={100} aria-describedby="token-name-hint" />
          <small id="token-name-hint">{S.nameHint}</small>
        </div>
        <button type="submit">{S.create}</button>
      </form>
      {problem && <p class="error" role="alert">{problem}</p>}
      {shown && (
        <div role="status" class="snippet">
          <p>{S.created}</p>
          <pre><code data-testid="new-token">{shown}</code></pre>
          <pre><code>{t.fill(S.command, { url })}</code></pre>
        </div>
      )}
      {data && (data.tokens.length === 0 ? <p class="empty">{S.none}</p> : (
        <ul class="plain">
          {data.tokens.map((tk) => (
            <li>
              {tk.name} (…{tk.hint}), {tk.created_by}, {t.dateTime(tk.created_at)}: {tk.revoked_at ? t.fill(S.revoked, { at: t.dateTime(tk.revoked_at) }) : tk.last_used_at ? t.fill(S.lastUsed, { at: t.dateTime(tk.last_used_at) }) : S.neverUsed}{' '}
              {!tk.revoked_at && <button type="button" class="secondary" onClick={() => void run(() => api.post(`/alternates/tokens/${tk.id}/revoke`))}>{S.revoke}<span class="visually-hidden"> {tk.name}</span></button>}
            </li>
          ))}
        </ul>
      ))}
    </section>
  );
}
