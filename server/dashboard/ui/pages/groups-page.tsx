/**
 * Unanswered questions, grouped: the filter bar, totals, downloads of the
 * view, and one row per group with its wording, count, sessions, trend,
 * growth, first and last seen, reasons, language, closest entry and status.
 * Groups spiking today (server/grouping/spiking-groups.ts) are flagged
 * above, each with "Publish a notice" (admins): the notices form prefilled
 * with the group's words and a title.
 */
import { api } from '../api.ts';
import { FilterBar } from '../components/filters.tsx';
import { Sparkline } from '../components/sparkline.tsx';
import { rich, useI18n } from '../i18n/context.tsx';
import { EntryName } from '../components/entry-name.tsx';
import { BASE, navigate, onLinkClick, type Location } from '../router.ts';
import { useData } from '../use-data.ts';
import type { AppliedFilters, GroupsPage as GroupsReplyPage, Meta } from '../../shared/views.ts';
import type { SpikingGroup } from '../../../grouping/spiking-groups.ts';
import { MergeBar, useGroupSelection } from './group-edits.tsx';

interface GroupsReply extends GroupsReplyPage {
  filters: AppliedFilters;
  spikes: SpikingGroup[];
}

/** The notices form, prefilled from a spiking group (read by ./notices-page.tsx). */
export function noticeFromSpike(g: SpikingGroup): string {
  const q = new URLSearchParams({ site: g.site, lang: g.lang, title: g.title, words: g.words.join('\n') });
  return `${BASE}/notices?${q.toString()}`;
}

export function GroupsPage({ meta, loc, admin }: { meta: Meta | undefined; loc: Location; admin: boolean }) {
  const t = useI18n();
  const s = t.s.groups;
  const query = loc.query.toString();
  const { data, error, loading, since, reload } = useData(() => api.get<GroupsReply>('/groups', query), query, true);
  const selection = useGroupSelection();
  const offset = Number(loc.query.get('offset') ?? 0);
  const limit = 50;
  const page = (to: number): void => {
    const next = new URLSearchParams(loc.query);
    next.set('offset', String(to));
    navigate(`${BASE}/?${next.toString()}`);
  };
  const exportQuery = (() => {
    const q = new URLSearchParams(loc.query);
    q.delete('offset');
    if (data && !q.get('from')) q.set('from', data.filters.from);
    if (data && !q.get('to')) q.set('to', data.filters.to);
    return q.toString();
  })();
  const download = (what: 'groups' | 'questions', format: 'csv' | 'json') => (
    <a href={`${BASE}/api/export/${what}.${format}?${exportQuery}`} download>{format.toUpperCase()}</a>
  );

  return (
    <>
      <h1>{s.heading}</h1>
      <Spikes spikes={data?.spikes ?? []} admin={admin} query={exportQuery} />
      {meta ? (
        <FilterBar meta={meta} query={loc.query} applied={data?.filters} fields={['site', 'from', 'to', 'lang', 'reason', 'status', 'sort']} path={`${BASE}/`} />
      ) : (
        <div class="filters filters-loading" />
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {data && (
        <>
          <div class="summary">
            <p role="status" aria-live="polite">
              {rich(t.pluralForm(s.groupCount, data.total_groups), { n: <strong data-testid="total-groups">{t.number(data.total_groups)}</strong> })} ·{' '}
              {rich(t.pluralForm(s.questionCount, data.total_questions), { n: <strong data-testid="total-questions">{t.number(data.total_questions)}</strong> })},{' '}
              {t.fill(s.range, { from: t.day(data.filters.from), to: t.day(data.filters.to) })}
            </p>
            <p class="downloads">
              {rich(s.downloads, { groupsCsv: download('groups', 'csv'), groupsJson: download('groups', 'json'), questionsCsv: download('questions', 'csv'), questionsJson: download('questions', 'json') })}
            </p>
          </div>
          {data.groups.length === 0 ? (
            meta && meta.langs.length === 0 ? (
              <FirstRun admin={admin} />
            ) : (
              <p class="empty">{s.empty}</p>
            )
          ) : (
            <div class="table-wrap">
              {admin && <MergeBar selected={selection.selected} order={data.groups.map((g) => g.id)} onMerged={() => { selection.clear(); reload(); }} />}
              <table class="groups" aria-busy={loading}>
                <caption class="visually-hidden">{s.caption[loc.query.get('sort') === 'growth' ? 'growth' : 'count']}</caption>
                <thead>
                  <tr>
                    {admin && <th scope="col"><span class="visually-hidden">{t.s.edits.selectColumn}</span></th>}
                    <th scope="col">{s.columns.question}</th>
                    <th scope="col" class="num">{s.columns.count}</th>
                    <th scope="col" class="num">{s.columns.sessions}</th>
                    <th scope="col">{s.columns.trend}</th>
                    <th scope="col" class="num">{s.columns.growth}</th>
                    <th scope="col">{s.columns.seen}</th>
                    <th scope="col">{s.columns.reasons}</th>
                    <th scope="col">{s.columns.lang}</th>
                    <th scope="col">{s.columns.closest}</th>
                    <th scope="col">{s.columns.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.groups.map((g) => (
                    <tr data-group={g.id}>
                      {admin && (
                        <td>
                          <input type="checkbox" aria-label={t.fill(t.s.edits.select, { text: g.representative })} checked={selection.selected.includes(g.id)} onChange={(e) => selection.toggle(g.id, (e.currentTarget as HTMLInputElement).checked)} />
                        </td>
                      )}
                      <th scope="row" class="wording">
                        <a href={`${BASE}/groups/${g.id}?${exportQuery}`} onClick={onLinkClick}>{g.representative || s.noWords}</a>
                        {g.last_at > since && <span class="new">{t.s.newMark}</span>}
                      </th>
                      <td class="num" data-col="count">{t.number(g.count)}</td>
                      <td class="num" data-col="sessions">{t.number(g.sessions)}</td>
                      <td><Sparkline values={g.trend} label={t.fill(s.perDay, { values: g.trend.map((v) => t.number(v)).join(', ') })} /></td>
                      <td class="num" data-col="growth">{t.signed(g.recent - g.earlier)}</td>
                      <td class="dates">{t.day(g.first_at)}<br />{t.day(g.last_at)}</td>
                      <td class="reasons">{t.reasons(g.reasons)}</td>
                      <td>{g.lang}</td>
                      <td><EntryName site={g.site} id={g.closest_entry} titles={data.titles} /></td>
                      <td><span class={`status status-${g.status}`}>{t.status(g.status)}</span>{g.owner ? <><br /><small>{g.owner}</small></> : null}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.total_groups > limit && (
            <nav class="pager" aria-label={s.pages}>
              <button type="button" disabled={offset === 0} onClick={() => page(Math.max(0, offset - limit))}>{s.previous}</button>
              <span>{t.fill(s.pageRange, { first: offset + 1, last: Math.min(offset + limit, data.total_groups), total: data.total_groups })}</span>
              <button type="button" disabled={offset + limit >= data.total_groups} onClick={() => page(offset + limit)}>{s.next}</button>
            </nav>
          )}
        </>
      )}
    </>
  );
}

/** Groups spiking today, above the list: a live region, so a spike that starts while the page is open is announced. */
function Spikes({ spikes, admin, query }: { spikes: SpikingGroup[]; admin: boolean; query: string }) {
  const t = useI18n();
  const s = t.s.groups.spikes;
  return (
    <section class={spikes.length ? 'spikes card' : 'spikes'} role="status" aria-labelledby={spikes.length ? 'spikes-heading' : undefined}>
      {spikes.length > 0 && (
        <>
          <h2 id="spikes-heading">{t.fill(t.pluralForm(s.heading, spikes.length), { n: t.number(spikes.length) })}</h2>
          <p class="hint">{s.rule}</p>
          <ul>
            {spikes.map((g) => (
              <li data-spike={g.id}>
                <strong lang={g.lang}>{g.representative || t.s.groups.noWords}</strong>{' '}
                <span>{t.fill(s.line, { count: t.number(g.count), median: t.number(g.median, Number.isInteger(g.median) ? 0 : 1), site: g.site })}</span>{' '}
                <span class="actions">
                  <a href={`${BASE}/groups/${g.id}?${query}`} onClick={onLinkClick}>{s.open}<span class="visually-hidden">: {g.representative}</span></a>
                  {admin && <a class="button" href={noticeFromSpike(g)} onClick={onLinkClick}>{s.publish}<span class="visually-hidden">: {g.representative}</span></a>}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Nothing recorded yet on any site: say how questions get here instead of blaming the filters. */
function FirstRun({ admin }: { admin: boolean }) {
  const s = useI18n().s.groups.firstRun;
  return (
    <div class="empty first-run">
      <p>{s.heading}</p>
      <p>{s.how}</p>
      <p>{admin ? rich(s.admin, { link: <a href={`${BASE}/sites`} onClick={onLinkClick}>{s.adminLink}</a> }) : s.viewer}</p>
    </div>
  );
}
