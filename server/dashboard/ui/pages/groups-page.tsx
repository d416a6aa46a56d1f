/**
 * Unanswered questions, grouped: the filter bar, totals, downloads of the
 * view, and one row per group with its wording, count, sessions, trend,
 * growth, first and last seen, reasons, language, closest entry and status.
 */
import { api } from '../api.ts';
import { FilterBar } from '../components/filters.tsx';
import { day, number, plural, reasonsText, signed, STATUS_LABELS } from '../components/format.ts';
import { Sparkline } from '../components/sparkline.tsx';
import { EntryName } from '../components/entry-name.tsx';
import { BASE, navigate, onLinkClick, type Location } from '../router.ts';
import { useData } from '../use-data.ts';
import type { AppliedFilters, GroupsPage as GroupsReplyPage, Meta } from '../../shared/views.ts';

interface GroupsReply extends GroupsReplyPage {
  filters: AppliedFilters;
}

export function GroupsPage({ meta, loc, admin }: { meta: Meta | undefined; loc: Location; admin: boolean }) {
  const query = loc.query.toString();
  const { data, error, loading } = useData(() => api.get<GroupsReply>('/groups', query), query);
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

  return (
    <>
      <h1>Unanswered questions</h1>
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
              <strong data-testid="total-groups">{number(data.total_groups)}</strong> {plural(data.total_groups, 'group')} ·{' '}
              <strong data-testid="total-questions">{number(data.total_questions)}</strong> unanswered {plural(data.total_questions, 'question')}, {data.filters.from} to {data.filters.to} (UTC)
            </p>
            <p class="downloads">
              Download this view: groups <a href={`${BASE}/api/export/groups.csv?${exportQuery}`} download>CSV</a>{' '}
              <a href={`${BASE}/api/export/groups.json?${exportQuery}`} download>JSON</a> · questions{' '}
              <a href={`${BASE}/api/export/questions.csv?${exportQuery}`} download>CSV</a>{' '}
              <a href={`${BASE}/api/export/questions.json?${exportQuery}`} download>JSON</a>
            </p>
          </div>
          {data.groups.length === 0 ? (
            meta && meta.langs.length === 0 ? (
              <FirstRun admin={admin} />
            ) : (
              <p class="empty">No unanswered questions in this view. Widen the dates or clear a filter.</p>
            )
          ) : (
            <div class="table-wrap">
              <table class="groups" aria-busy={loading}>
                <caption class="visually-hidden">Groups of unanswered questions, {loc.query.get('sort') === 'growth' ? 'fastest growing' : 'most asked'} first</caption>
                <thead>
                  <tr>
                    <th scope="col">Question (most common wording)</th>
                    <th scope="col" class="num">Questions</th>
                    <th scope="col" class="num">Sessions</th>
                    <th scope="col">Trend</th>
                    <th scope="col" class="num">Growth</th>
                    <th scope="col">First / last seen</th>
                    <th scope="col">Reasons</th>
                    <th scope="col">Lang</th>
                    <th scope="col">Closest entry</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {data.groups.map((g) => (
                    <tr data-group={g.id}>
                      <th scope="row" class="wording">
                        <a href={`${BASE}/groups/${g.id}?${exportQuery}`} onClick={onLinkClick}>{g.representative || '(no words)'}</a>
                      </th>
                      <td class="num" data-col="count">{number(g.count)}</td>
                      <td class="num" data-col="sessions">{number(g.sessions)}</td>
                      <td><Sparkline values={g.trend} label={`Questions per day: ${g.trend.join(', ')}`} /></td>
                      <td class="num" data-col="growth">{signed(g.recent - g.earlier)}</td>
                      <td class="dates">{day(g.first_at)}<br />{day(g.last_at)}</td>
                      <td class="reasons">{reasonsText(g.reasons)}</td>
                      <td>{g.lang}</td>
                      <td><EntryName site={g.site} id={g.closest_entry} titles={data.titles} /></td>
                      <td><span class={`status status-${g.status}`}>{STATUS_LABELS[g.status] ?? g.status}</span>{g.owner ? <><br /><small>{g.owner}</small></> : null}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.total_groups > limit && (
            <nav class="pager" aria-label="Pages">
              <button type="button" disabled={offset === 0} onClick={() => page(Math.max(0, offset - limit))}>Previous</button>
              <span>{offset + 1}–{Math.min(offset + limit, data.total_groups)} of {data.total_groups}</span>
              <button type="button" disabled={offset + limit >= data.total_groups} onClick={() => page(offset + limit)}>Next</button>
            </nav>
          )}
        </>
      )}
    </>
  );
}

/** Nothing recorded yet on any site: say how questions get here instead of blaming the filters. */
function FirstRun({ admin }: { admin: boolean }) {
  return (
    <div class="empty first-run">
      <p>No unanswered questions yet.</p>
      <p>
        When a customer's search finds nothing or too little, an answer did not help, they give up or they ask for a person, the question
        appears here, grouped with the ones that mean the same, within a minute.
      </p>
      <p>
        {admin ? (
          <>
            Put help on your pages with{' '}
            <a href={`${BASE}/sites`} onClick={onLinkClick}>
              the script tag of your site
            </a>
            , then ask it something your FAQ does not cover.
          </>
        ) : (
          'Once help is on your pages (an admin adds the script tag), ask it something your FAQ does not cover.'
        )}
      </p>
    </div>
  );
}
