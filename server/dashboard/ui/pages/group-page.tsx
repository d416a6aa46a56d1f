/**
 * One group: what customers asked (every wording and every raw question with
 * its page and time), the workflow (owner, status, FAQ entry, fix date) and,
 * once a fix date is set, the measured rate before and after it.
 */
import { api, type User } from '../api.ts';
import { Sparkline } from '../components/sparkline.tsx';
import { EntryName } from '../components/entry-name.tsx';
import { useI18n } from '../i18n/context.tsx';
import { BASE, onLinkClick, type Location } from '../router.ts';
import { useData } from '../use-data.ts';
import type { EntryTitles, GroupSummary } from '../../shared/views.ts';
import { Phrasings, type Phrasing } from './group-edits.tsx';
import { ImpactPanel, type Impact } from './impact-panel.tsx';
import { WorkflowForm } from './workflow-form.tsx';

export interface GroupDetail {
  group: GroupSummary;
  phrasings: Phrasing[];
  questions: { event_id: string; at: number; query: string; path: string; reason: string; session: string; locale: string; entry: string | null; comment: string | null }[];
  impact: Impact;
  titles?: EntryTitles;
}

export function GroupPage({ id, user, loc }: { id: number; user: User; loc: Location }) {
  const t = useI18n();
  const s = t.s.group;
  const query = loc.query.toString();
  const { data, error, reload } = useData(() => api.get<GroupDetail>(`/groups/${id}`, query), `${id}?${query}`, true);
  if (error) return <><h1>{t.fill(s.heading, { id: String(id) })}</h1><p class="error" role="alert">{error}</p></>;
  if (!data) return <p class="loading" role="status">{t.s.loading}</p>;
  const { group, phrasings, questions, impact } = data;
  const exportQuery = new URLSearchParams(loc.query);
  exportQuery.set('group', String(id));
  return (
    <>
      <p class="crumbs"><a href={`${BASE}/?${query}`} onClick={onLinkClick}>{s.back}</a></p>
      <h1 class="wording">{group.representative || t.s.groups.noWords}</h1>
      <dl class="facts">
        <div><dt>{s.facts.questions}</dt><dd data-testid="group-count">{t.number(group.count)}</dd></div>
        <div><dt>{s.facts.sessions}</dt><dd>{t.number(group.sessions)}</dd></div>
        <div><dt>{s.facts.trend}</dt><dd><Sparkline values={group.trend} label={t.fill(t.s.groups.perDay, { values: group.trend.map((v) => t.number(v)).join(', ') })} /></dd></div>
        <div><dt>{s.facts.reasons}</dt><dd>{t.reasons(group.reasons) || t.s.none}</dd></div>
        <div><dt>{s.facts.language}</dt><dd>{group.lang}</dd></div>
        <div><dt>{s.facts.closest}</dt><dd><EntryName site={group.site} id={group.closest_entry} titles={data.titles} /></dd></div>
        <div><dt>{s.facts.firstSeen}</dt><dd>{t.dateTime(group.first_at)}</dd></div>
        <div><dt>{s.facts.lastSeen}</dt><dd>{t.dateTime(group.last_at)}</dd></div>
      </dl>

      <section aria-labelledby="loop">
        <h2 id="loop">{s.loop}</h2>
        <p>
          <a class="button" href={`${BASE}/api/groups/${id}/snippet.md`} download>{s.snippet}</a>{' '}
          <span class="hint">{s.snippetHint}</span>
        </p>
        <WorkflowForm group={group} canEdit={user.role === 'admin'} onSaved={reload} />
        <ImpactPanel impact={impact} />
      </section>

      <section aria-labelledby="wordings">
        <h2 id="wordings">{t.fill(s.wordings, { count: phrasings.length >= 50 ? s.topWordings : t.plural(s.wordingCount, phrasings.length) })}</h2>
        <Phrasings groupId={group.id} phrasings={phrasings} canEdit={user.role === 'admin'} key={group.id} />
      </section>

      <section aria-labelledby="raw">
        <h2 id="raw">{t.fill(questions.length >= 500 ? s.everyNewest : s.every, { n: questions.length })}</h2>
        <p class="downloads">
          {s.download} <a href={`${BASE}/api/export/questions.csv?${exportQuery.toString()}`} download>CSV</a>{' '}
          <a href={`${BASE}/api/export/questions.json?${exportQuery.toString()}`} download>JSON</a>
        </p>
        <div class="table-wrap">
          <table class="questions">
            <thead>
              <tr>
                <th scope="col">{s.columns.when}</th>
                <th scope="col">{s.columns.question}</th>
                <th scope="col">{s.columns.page}</th>
                <th scope="col">{s.columns.reason}</th>
                <th scope="col">{s.columns.session}</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr>
                  <td class="dates">{t.dateTime(q.at)}</td>
                  <td class="question">{q.query}{q.comment ? <><br /><small>{t.fill(s.comment, { comment: q.comment })}</small></> : null}</td>
                  <td><code>{q.path}</code></td>
                  <td>{t.reason(q.reason)}</td>
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
