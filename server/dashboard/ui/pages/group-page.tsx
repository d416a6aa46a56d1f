/**
 * One group: what customers asked (every wording and every raw question with
 * its page and time), the workflow (owner, status, FAQ entry, fix date) and,
 * once a fix date is set, the measured rate before and after it.
 */
import { api, type User } from '../api.ts';
import { dateTime, number, plural, reasonsText, REASON_LABELS } from '../components/format.ts';
import { Sparkline } from '../components/sparkline.tsx';
import { EntryName } from '../components/entry-name.tsx';
import { BASE, onLinkClick, type Location } from '../router.ts';
import { useData } from '../use-data.ts';
import type { EntryTitles, GroupSummary } from '../../shared/views.ts';
import { ImpactPanel, type Impact } from './impact-panel.tsx';
import { WorkflowForm } from './workflow-form.tsx';

export interface GroupDetail {
  group: GroupSummary;
  phrasings: { text: string; count: number }[];
  questions: { event_id: string; at: number; query: string; path: string; reason: string; session: string; locale: string; entry: string | null; comment: string | null }[];
  impact: Impact;
  titles?: EntryTitles;
}

export function GroupPage({ id, user, loc }: { id: number; user: User; loc: Location }) {
  const query = loc.query.toString();
  const { data, error, reload } = useData(() => api.get<GroupDetail>(`/groups/${id}`, query), `${id}?${query}`);
  if (error) return <><h1>Group {id}</h1><p class="error" role="alert">{error}</p></>;
  if (!data) return <p class="loading" role="status">Loading…</p>;
  const { group, phrasings, questions, impact } = data;
  const exportQuery = new URLSearchParams(loc.query);
  exportQuery.set('group', String(id));
  return (
    <>
      <p class="crumbs"><a href={`${BASE}/?${query}`} onClick={onLinkClick}>← All groups</a></p>
      <h1 class="wording">{group.representative || '(no words)'}</h1>
      <dl class="facts">
        <div><dt>Questions</dt><dd data-testid="group-count">{number(group.count)}</dd></div>
        <div><dt>Sessions</dt><dd>{number(group.sessions)}</dd></div>
        <div><dt>Trend</dt><dd><Sparkline values={group.trend} label={`Questions per day: ${group.trend.join(', ')}`} /></dd></div>
        <div><dt>Reasons</dt><dd>{reasonsText(group.reasons) || '—'}</dd></div>
        <div><dt>Language</dt><dd>{group.lang}</dd></div>
        <div><dt>Closest FAQ entry</dt><dd><EntryName site={group.site} id={group.closest_entry} titles={data.titles} /></dd></div>
        <div><dt>First seen</dt><dd>{dateTime(group.first_at)}</dd></div>
        <div><dt>Last seen</dt><dd>{dateTime(group.last_at)}</dd></div>
      </dl>

      <section aria-labelledby="loop">
        <h2 id="loop">Close the loop</h2>
        <p>
          <a class="button" href={`${BASE}/api/groups/${id}/snippet.md`} download>Download FAQ snippet (Markdown)</a>{' '}
          <span class="hint">The question with the customers’ own wordings as alternates, ready to answer and paste into the FAQ source.</span>
        </p>
        <WorkflowForm group={group} canEdit={user.role === 'admin'} onSaved={reload} />
        <ImpactPanel impact={impact} />
      </section>

      <section aria-labelledby="wordings">
        <h2 id="wordings">How customers asked ({phrasings.length >= 50 ? 'the 50 most frequent wordings' : `${phrasings.length} ${plural(phrasings.length, 'wording')}`})</h2>
        <ul class="phrasings">
          {phrasings.map((p) => (
            <li><span class="text">{p.text}</span> <span class="count">×{p.count}</span></li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="raw">
        <h2 id="raw">Every question ({number(questions.length)}{questions.length >= 500 ? ', newest 500' : ''})</h2>
        <p class="downloads">
          Download: <a href={`${BASE}/api/export/questions.csv?${exportQuery.toString()}`} download>CSV</a>{' '}
          <a href={`${BASE}/api/export/questions.json?${exportQuery.toString()}`} download>JSON</a>
        </p>
        <div class="table-wrap">
          <table class="questions">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Question</th>
                <th scope="col">Page</th>
                <th scope="col">Reason</th>
                <th scope="col">Session</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr>
                  <td class="dates">{dateTime(q.at)}</td>
                  <td class="question">{q.query}{q.comment ? <><br /><small>Comment: {q.comment}</small></> : null}</td>
                  <td><code>{q.path}</code></td>
                  <td>{REASON_LABELS[q.reason] ?? q.reason}</td>
                  <td><code>{q.session.slice(0, 10)}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
