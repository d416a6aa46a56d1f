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
import { dateTime, number } from '../components/format.ts';
import { BASE, navigate, onLinkClick, type Location } from '../router.ts';
import { useData } from '../use-data.ts';
import type { Meta } from '../../shared/views.ts';
import type { AlternateProposal, AlternatesReply, ProposalStatus } from '../../shared/alternates-views.ts';
import { AlternatesTokens } from './alternates-tokens.tsx';

export const ALTERNATES_STRINGS = {
  title: 'Learned wordings',
  intro:
    'How customers asked when they found their answer, worded unlike the entry’s question and alternates: a help session that ended on the entry (read, or “Yes”) with nothing unanswered after it. Accepted wordings become alternates of the entry at the next build with --alternates-from.',
  site: 'Site',
  tabs: { proposed: 'Proposed', accepted: 'Accepted', rejected: 'Rejected' } satisfies Record<ProposalStatus, string>,
  noFaq: 'This site has no FAQ index, so nothing can be proposed: an admin sets it on the Sites page.',
  faqProblem: (problem: string) => `The site’s FAQ index could not be loaded (${problem}): nothing new can be proposed until it can.`,
  empty: { proposed: 'No proposals: no customer found an answer with a wording the FAQ does not already know.', accepted: 'No accepted wordings yet.', rejected: 'No rejected wordings.' } satisfies Record<ProposalStatus, string>,
  wording: 'Wording',
  customers: 'Customers',
  lastSeen: 'Last seen',
  decided: 'Decided',
  actions: 'Actions',
  accept: 'Accept',
  reject: 'Reject',
  undo: 'Undo',
  viewerNote: 'Only admins accept or reject wordings: accepting one changes what the FAQ learns.',
  download: 'Download accepted wordings (JSON)',
  buildHint: (site: string) => `Then: npx ayuda build faq.md --out public/ayuda/ --alternates-from alternates-${site}.json`,
  done: (action: string, text: string, entry: string) => `${action === 'accept' ? 'Accepted' : action === 'reject' ? 'Rejected' : 'Back to proposed:'} “${text}”, for the entry ${entry}`,
  failed: 'Could not save the decision.',
};
const S = ALTERNATES_STRINGS;
const STATUSES: ProposalStatus[] = ['proposed', 'accepted', 'rejected'];

type Done = { ok: boolean; text: string; undo?: { p: AlternateProposal; entry: string } } | undefined;

export function AlternatesPage({ meta, loc, user }: { meta: Meta; loc: Location; user: User }) {
  const site = loc.query.get('site') || meta.sites[0] || '';
  const status = (STATUSES as string[]).includes(loc.query.get('status') ?? '') ? (loc.query.get('status') as ProposalStatus) : 'proposed';
  const query = new URLSearchParams({ site, status }).toString();
  const { data, error, reload } = useData(() => (site ? api.get<AlternatesReply>('/alternates', query) : Promise.resolve(undefined)), query);
  const [done, setDone] = useState<Done>();
  const [busy, setBusy] = useState(false);
  const admin = user.role === 'admin';
  const href = (next: Record<string, string>) => `${BASE}/alternates?${new URLSearchParams({ site, status, ...next }).toString()}`;

  const decide = async (p: AlternateProposal, entry: string, action: 'accept' | 'reject' | 'undo'): Promise<void> => {
    setBusy(true);
    try {
      await api.post(`/alternates/${p.id}/${action}`);
      setDone({ ok: true, text: S.done(action, p.text, entry), ...(action !== 'undo' ? { undo: { p, entry } } : {}) });
      reload();
    } catch (err) {
      setDone({ ok: false, text: err instanceof ApiError ? err.message : S.failed });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{S.title}</h1>
      <p class="hint">{S.intro}</p>
      <form class="filters" role="search" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label class="field">
          <span>{S.site}</span>
          <select name="site" value={site} onChange={(e) => navigate(href({ site: (e.currentTarget as HTMLSelectElement).value }))}>
            {meta.sites.map((s) => <option value={s}>{s}</option>)}
          </select>
        </label>
        <nav aria-label="Status" class="tabs">
          {STATUSES.map((s) => (
            <a href={href({ status: s })} onClick={onLinkClick} aria-current={s === status ? 'page' : undefined}>{S.tabs[s]}</a>
          ))}
        </nav>
      </form>
      <p class="downloads">
        <a href={`${BASE}/api/alternates/export.json?${new URLSearchParams({ site }).toString()}`} download>{S.download}</a>{' '}
        <span class="hint"><code>{S.buildHint(site)}</code></span>
      </p>
      {!admin && <p class="hint">{S.viewerNote}</p>}
      <p class={done?.ok === false ? 'error' : 'ok'} role="status">
        {done?.text ?? ''}{' '}
        {done?.undo && admin && <button type="button" class="link" disabled={busy} onClick={() => void decide(done.undo!.p, done.undo!.entry, 'undo')}>{S.undo}</button>}
      </p>
      {error && <p class="error" role="alert">{error}</p>}
      {data && !data.faq && status === 'proposed' && <p class="empty">{S.noFaq}</p>}
      {data?.faq?.problem && <p class="error">{S.faqProblem(data.faq.problem)}</p>}
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
                    <td class="num">{number(p.sessions)}</td>
                    <td class="dates">{dateTime(p.last_at)}</td>
                    {status !== 'proposed' && <td class="dates">{p.decided_by ?? ''}{p.decided_at ? <><br />{dateTime(p.decided_at)}</> : null}</td>}
                    {admin && (
                      <td class="decide">
                        {status === 'proposed' ? (
                          <>
                            <button type="button" disabled={busy} onClick={() => void decide(p, e.title ?? e.entry, 'accept')}>{S.accept}<span class="visually-hidden"> “{p.text}”</span></button>{' '}
                            <button type="button" class="secondary" disabled={busy} onClick={() => void decide(p, e.title ?? e.entry, 'reject')}>{S.reject}<span class="visually-hidden"> “{p.text}”</span></button>
                          </>
                        ) : (
                          <button type="button" class="secondary" disabled={busy} onClick={() => void decide(p, e.title ?? e.entry, 'undo')}>{S.undo}<span class="visually-hidden"> “{p.text}”</span></button>
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
