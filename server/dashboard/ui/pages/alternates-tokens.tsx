/**
 * Admins' read-only tokens for one site's export of accepted wordings, so
 * a build can fetch it (`ayuda build --alternates-from <URL> --token`):
 * create one (shown once), see when each was last used, revoke it.
 */
import { useState } from 'preact/hooks';
import { api, ApiError } from '../api.ts';
import { dateTime } from '../components/format.ts';
import { useData } from '../use-data.ts';
import type { ApiTokenView } from '../../shared/alternates-views.ts';

export const TOKENS_STRINGS = {
  title: 'Build access',
  intro: (site: string) => `A read-only token lets a build fetch ${site}’s accepted wordings, and nothing else. It is shown once; revoke it when it leaks or is no longer used.`,
  name: 'Token name',
  nameHint: 'Where it is used, e.g. “CI build”.',
  create: 'Create token',
  created: 'Copy this token now: it will not be shown again.',
  command: (url: string) => `AYUDA_TOKEN=<token> npx ayuda build faq.md --out public/ayuda/ --alternates-from ${url}`,
  none: 'No tokens.',
  lastUsed: (at: number | null) => (at ? `last used ${dateTime(at)}` : 'never used'),
  revoked: (at: number) => `revoked ${dateTime(at)}`,
  revoke: 'Revoke',
  failed: 'Could not change the tokens.',
};
const S = TOKENS_STRINGS;

export function AlternatesTokens({ site }: { site: string }) {
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
      <h2 id="tokens-title">{S.title}</h2>
      <p class="hint">{S.intro(site)}</p>
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
          <pre><code>{S.command(url)}</code></pre>
        </div>
      )}
      {data && (data.tokens.length === 0 ? <p class="empty">{S.none}</p> : (
        <ul class="plain">
          {data.tokens.map((t) => (
            <li>
              {t.name} (…{t.hint}), {t.created_by}, {dateTime(t.created_at)}: {t.revoked_at ? S.revoked(t.revoked_at) : S.lastUsed(t.last_used_at)}{' '}
              {!t.revoked_at && <button type="button" class="secondary" onClick={() => void run(() => api.post(`/alternates/tokens/${t.id}/revoke`))}>{S.revoke}<span class="visually-hidden"> {t.name}</span></button>}
            </li>
          ))}
        </ul>
      ))}
    </section>
  );
}
