/**
 * Notices: a lead tells customers about a known problem before they ask
 * (server/notices/). The list per site with each notice's status and, for
 * admins, edit and delete, and the form to publish or change one
 * (./notice-form.tsx). A spiking group's "Publish a notice"
 * (./groups-page.tsx) opens the form prefilled from the query: `site`,
 * `lang` and `title` (the title in that language) and `words` (the
 * customers' words, one a line). Everything a lead typed is shown as text;
 * the widget gets the details as sanitized HTML from the server.
 */
import { useState } from 'preact/hooks';
import { api, type User } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { errorText } from '../i18n/errors.ts';
import { BASE, navigate, onLinkClick, type Location } from '../router.ts';
import { useData } from '../use-data.ts';
import type { NoticesListReply, NoticeView } from '../../../notices/views.ts';
import { NoticeForm, prefillOf } from './notice-form.tsx';
import { noticeTitle } from './notice-title.ts';

type Message = { ok: boolean; text: string } | undefined;

export function NoticesPage({ loc, user, sites }: { loc: Location; user: User; sites: string[] }) {
  const t = useI18n();
  const N = t.s.notices;
  const site = loc.query.get('site') ?? '';
  const editId = Number(loc.query.get('edit')) || undefined;
  const query = site ? new URLSearchParams({ site }).toString() : '';
  const { data, error, reload } = useData(() => api.get<NoticesListReply>('/notices', query), `notices?${query}`);
  const admin = user.role === 'admin';
  const [message, setMessage] = useState<Message>();
  const [confirming, setConfirming] = useState<number | undefined>();
  const editing = editId === undefined ? null : (data?.notices.find((n) => n.id === editId) ?? null);
  const prefill = editId === undefined ? prefillOf(loc.query) : undefined;
  const href = (next: Record<string, string>): string => {
    const q = new URLSearchParams({ ...(site ? { site } : {}), ...next });
    for (const [k, v] of [...q]) if (!v) q.delete(k);
    const search = q.toString();
    return `${BASE}/notices${search ? `?${search}` : ''}`;
  };

  const remove = async (n: NoticeView): Promise<void> => {
    try {
      await api.delete(`/notices/${n.id}`);
      setMessage({ ok: true, text: t.fill(N.deleted, { title: noticeTitle(n, t) }) });
      if (editId === n.id) navigate(href({ edit: '' }), true);
      reload();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t) });
    }
    setConfirming(undefined);
  };

  return (
    <>
      <h1>{N.heading}</h1>
      <p class="hint">{N.intro}</p>
      <form class="filters" role="search" aria-label={t.s.filters.label} onSubmit={(e) => e.preventDefault()}>
        <label class="field">
          <span>{N.site}</span>
          <select name="site" value={site} onChange={(e) => navigate(href({ site: (e.currentTarget as HTMLSelectElement).value, edit: '' }))}>
            <option value="">{N.allSites}</option>
            {sites.map((s) => <option value={s}>{s}</option>)}
          </select>
        </label>
      </form>
      {!admin && <p class="hint">{N.viewerNote}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      <p class={message?.ok === false ? 'error' : 'ok'} role="status">{message?.text ?? ''}</p>
      {data && data.notices.length === 0 && <p class="empty">{N.empty}</p>}
      {data && data.notices.length > 0 && (
        <div class="table-wrap">
          <table class="notices">
            <caption>{N.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{N.columns.title}</th>
                <th scope="col">{N.columns.site}</th>
                <th scope="col">{N.columns.severity}</th>
                <th scope="col">{N.columns.when}</th>
                <th scope="col">{N.columns.status}</th>
                {admin && <th scope="col">{N.columns.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {data.notices.map((n) => {
                const title = noticeTitle(n, t);
                return (
                  <tr data-notice={n.key}>
                    <th scope="row" class="question">
                      <a href={`${BASE}/notices/${n.id}`} onClick={onLinkClick}>{title}</a>
                    </th>
                    <td>{n.site}</td>
                    <td><span class={`severity severity-${n.severity}`}>{N.severities[n.severity]}</span></td>
                    <td class="dates">{t.fill(N.range, { from: t.dateTime(n.starts_at), to: t.dateTime(n.ends_at) })}</td>
                    <td><span class={`status notice-${n.status}`}>{N.statuses[n.status]}</span></td>
                    {admin && (
                      <td class="actions-cell">
                        {confirming === n.id ? (
                          <span class="actions">
                            <span>{t.fill(N.confirmDelete, { title })}</span>
                            <button type="button" class="danger" onClick={() => void remove(n)}>{N.yesDelete}</button>
                            <button type="button" class="secondary" onClick={() => setConfirming(undefined)}>{N.keep}</button>
                          </span>
                        ) : (
                          <span class="actions">
                            <a class="button secondary" href={href({ edit: String(n.id) })} onClick={onLinkClick}>{N.edit}<span class="visually-hidden"> {title}</span></a>
                            <button type="button" class="secondary" onClick={() => setConfirming(n.id)}>{N.delete}<span class="visually-hidden"> {title}</span></button>
                          </span>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {admin && data && (editId === undefined || editing) && (
        <NoticeForm
          key={editing?.id ?? `(new)${prefill ? loc.search : ''}`}
          notice={editing}
          prefill={prefill}
          sites={data.sites}
          site={site}
          onSaved={(n, added) => {
            setMessage({ ok: true, text: t.fill(added ? N.published : N.saved, { title: noticeTitle(n, t) }) });
            if (editId !== undefined || prefill) navigate(href({ edit: '' }));
            reload();
          }}
          onCancel={() => navigate(href({ edit: '' }))}
        />
      )}
    </>
  );
}
