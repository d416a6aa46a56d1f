/**
 * Learned wordings: questions of customers who found their answer in an
 * entry, worded unlike its question and alternates (server/alternates/),
 * per entry with how many customers asked them so and when last. Admins
 * accept or reject each with one click (and undo it); the accepted ones are
 * downloaded as JSON for `ayuda build --alternates-from`. Customer text is
 * shown as text only.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, type User } from '../api.ts';
import { EntryName } from '../components/entry-name.tsx';
import { useI18n } from '../i18n/context.tsx';
import { BASE, navigate, onLinkClick, type Location } from '../router.ts';
import { useData } from '../use-data.ts';
import type { Meta } from '../../shared/views.ts';
import type { AlternateProposal, AlternatesReply, ProposalStatus } from '../../shared/alternates-views.ts';
import { AlternatesTokens } from './alternates-tokens.tsx';

const STATUSES: ProposalStatus[] = ['proposed', 'accepted', 'rejected'];

type Done = { ok: boolean; text: string; undo?: { p: AlternateProposal; entry: string } } | undefined;

export function AlternatesPage({ meta, loc, user }: { meta: Meta; loc: Location; user: User }) {
  const site = loc.query.get('site') || meta.sites[0] || '';
  const status = (STATUSES as string[]).includes(loc.query.get('status') ?? '') ? (loc.query.get('status') as ProposalStatus) : 'proposed';
  const query = new URLSearchParams({ site, status }).toString();
  const { data, error, reload } = useData(() => (site ? api.get<AlternatesReply>('/alternates', query) : Promise.resolve(undefined)), query);
  const t = useI18n();
  const S = t.s.learned;
  const [done, setDone] = useState<Done>();
  const [busy, setBusy] = useState(false);
  const admin = user.role === 'admin';
  const href = (next: Record<string, string>) => `${BASE}/alternates?${new URLSearchParams({ site, status, ...next }).toString()}`;

  const decide = async (p: AlternateProposal, entry: string, action: 'accept' | 'reject' | 'undo'): Promise<void> => {
    setBusy(true);
    try {
      await api.post(`/alternates/${p.id}/${action}`);
      setDone({ ok: true, text: t.fill(S.done[action], { text: p.text, entry }), ...(action !== 'undo' ? { undo: { p, entry } } : {}) });
      reload();
    } catch (err) {
      setDone({ ok: false, text: err instanceof ApiError ? err.message : S.failed });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{S.heading}</h1>
      <p class="hint">{S.intro}</p>
      <form class="filters" role="search" aria-label={t.s.filters.label} onSubmit={(e) => e.preventDefault()}>
        <label class="field">
          <span>{S.site}</span>
          <select name="site" value={site} onChange={(e) => navigate(href({ site: (e.currentTarget as HTMLSelectElement).value }))}>
            {meta.sites.map((s) => <option value={s}>{s}</option>)}
          </select>
        </label>
        <nav aria-label={S.statusNav} class="tabs">
          {STATUSES.map((s) => (
            <a href={href({ status: s })} onClick={onLinkClick} aria-current={s === status ? 'page' : undefined}>{S.tabs[s]}</a>
          ))}
        </nav>
      </form>
      <p class="downloads">
        <a href={`${BASE}/api/alternates/export.json?${new URLSearchParams({ site }).toString()}`} download>{S.download}</a>{' '}
        <span class="hint"><code>{t.fill(S.buildHint, { site })}</code></span>
      </p>
      {!admin && <p class="hint">{S.viewerNote}</p>}
      <p class={done?.ok === false ? 'error' : 'ok'} role="status">
        {done?.text ?? ''}{' '}
        {done?.undo && admin && <button type="button" class="link" disabled={busy} onClick={() => void decide(done.undo!.p, done.undo!.entry, 'undo')}>{S.undo}</button>}
      </p>
      {error && <p class="error" role="alert">{error}</p>}
      {data && !data.faq && status === 'proposed' && <p class="empty">{S.noFaq}</p>}
      {data?.faq?.problem && <p class="error">{t.fill(S.faqProblem, { problem: data.faq.problem })}</p>}
      {data && data.entries.length === 0 && (data.faq || status !== 'proposed') && <p class="empty">{S.empty[status]}</p>}
      {data?.entries.map((e) => (
        <section class="card alternates" aria-labelledby={`entry-${e.entry}`} data-entry={e.entry}>
          <h2 id={`entry-${e.entry}`}>
            <EntryName site={site} id={e.entry} titles={e.title === null ? undefined : { [site]: { [e.entry]: e.title } }} />
          </h2>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{S.wording}</th>
                  <th scope="col" class="num">{S.customers}</th>
                  <th scope="col">{S.lastSeen}</th>
                  {status !== 'proposed' && <th scope="col">{S.decided}</th>}
                  {admin && <th scope="col">{S.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {e.proposals.map((p) => (
                  <tr data-proposal={p.id}>
                    <th scope="row" class="wording" lang={p.locale}>{p.text}</th>
                    <td class="num">{t.number(p.sessions)}</td>
                    <td class="dates">{t.dateTime(p.last_at)}</td>
                    {status !== 'proposed' && <td class="dates">{p.decided_by ?? ''}{p.decided_at ? <><br />{t.dateTime(p.decided_at)}</> : null}</td>}
                    {admin && (
                      <td class="decide">
                        {status === 'proposed' ? (
                          <>
                            <button type="button" disabled={busy} onClick={() => void decide(p, e.title ?? e.entry, 'accept')}>{S.accept}<span class="visually-hidden"> {t.fill(t.s.quoted, { text: p.text })}</span></button>{' '}
                            <button type="button" class="secondary" disabled={busy} onClick={() => void decide(p, e.title ?? e.entry, 'reject')}>{S.reject}<span class="visually-hidden"> {t.fill(t.s.quoted, { text: p.text })}</span></button>
                          </>
                        ) : (
                          <button type="button" class="secondary" disabled={busy} onClick={() => void decide(p, e.title ?? e.entry, 'undo')}>{S.undo}<span class="visually-hidden"> {t.fill(t.s.quoted, { text: p.text })}</span></button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {admin && site && <AlternatesTokens site={site} />}
    </>
  );
}
