/**
 * The measures that matter, within the site, dates and language chosen. The
 * headline counts customers (help sessions: server/dashboard/sessions/
 * help-sessions.ts); the unanswered rate and top questions count questions
 * (each wording once per help session). Each card says which it counts, and
 * "How these are counted" defines them.
 */
import { api } from '../api.ts';
import { Chart } from '../components/chart.tsx';
import { EntryName } from '../components/entry-name.tsx';
import { FilterBar } from '../components/filters.tsx';
import { useI18n } from '../i18n/context.tsx';
import { BASE, type Location } from '../router.ts';
import { useData } from '../use-data.ts';
import type { AppliedFilters, Measures, Meta } from '../../shared/views.ts';

interface MeasuresReply extends Measures {
  filters: AppliedFilters;
  follow_up_hours: number;
}

const COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490'];

export function MeasuresPage({ meta, loc }: { meta: Meta; loc: Location }) {
  const t = useI18n();
  const s = t.s.measures;
  const { number, percent } = t;
  const pct = (v: number): string => percent(v, 0);
  const query = loc.query.toString();
  const { data, error } = useData(() => api.get<MeasuresReply>('/measures', query), query, true);
  const unit = (u: keyof typeof s.units) => <small>{s.units[u]}</small>;
  const trend = (m: Measures['resolution'], days: number): string =>
    m.rate === null || m.previous === null
      ? t.fill(s.noTrend, { days: String(days) })
      : t.fill(s.trend, { points: t.signed(Math.round((m.rate - m.previous) * 1000) / 10), days: String(days), previous: percent(m.previous) });
  return (
    <>
      <h1>{s.heading}</h1>
      <FilterBar meta={meta} query={loc.query} applied={data?.filters} fields={['site', 'from', 'to', 'lang']} path={`${BASE}/measures`} />
      {error && <p class="error" role="alert">{error}</p>}
      <details class="definitions">
        <summary>{s.definitions.summary}</summary>
        <dl>{s.definitions.terms.map(([term, definition]) => <><dt>{term}</dt><dd>{definition}</dd></>)}</dl>
      </details>
      {data && (
        <div class="cards">
          <section class="card wide" aria-labelledby="m-resolution">
            <h2 id="m-resolution">{s.resolution} {unit('customers')}</h2>
            <p class="big" data-testid="resolution">{percent(data.resolution.rate)}</p>
            <p class="hint" data-testid="resolution-counts">
              {t.plural(s.resolutionHint, data.resolution.sessions, { resolved: number(data.resolution.resolved), hours: String(data.follow_up_hours) })}{' '}
              {trend(data.resolution, data.filters.days)}
            </p>
            {data.resolution.reasons.length > 0 && (
              <table data-testid="unresolved">
                <caption>{s.unresolvedCaption}</caption>
                <thead><tr><th scope="col">{s.unresolvedColumns.reason}</th><th scope="col" class="num">{s.unresolvedColumns.customers}</th></tr></thead>
                <tbody>
                  {data.resolution.reasons.map((r) => (
                    <tr><th scope="row">{t.s.reasons[r.reason as keyof typeof t.s.reasons] ?? r.reason}</th><td class="num">{number(r.sessions)}</td></tr>
                  ))}
                </tbody>
              </table>
            )}
            <Chart days={data.days} label={t.fill(s.resolutionChart, { rate: percent(data.resolution.rate) })} series={[{ label: s.resolved, values: data.resolution.series, color: COLORS[2]! }]} format={pct} range={[0, 1]} />
          </section>
          <section class="card" aria-labelledby="m-unanswered">
            <h2 id="m-unanswered">{s.unanswered} {unit('questions')}</h2>
            <p class="big" data-testid="unanswered">{percent(data.unanswered.rate)}</p>
            <p class="hint" data-testid="unanswered-counts">{t.plural(s.unansweredHint, data.unanswered.questions, { unanswered: number(data.unanswered.unanswered) })}</p>
            <Chart days={data.days} label={t.fill(s.unansweredChart, { rate: percent(data.unanswered.rate) })} series={[{ label: s.unansweredSeries, values: data.unanswered.series, color: COLORS[4]! }]} format={pct} range={[0, 1]} />
          </section>
          <section class="card" aria-labelledby="m-handoffs">
            <h2 id="m-handoffs">{s.handoffs} {unit('requests')}</h2>
            {data.handoffs.total === 0 ? (
              <p class="empty" data-testid="handoffs">{s.noHandoffs}</p>
            ) : (
              <>
                <p class="big" data-testid="handoffs">{number(data.handoffs.total)}</p>
                <ul class="channels">{data.handoffs.by_channel.map((c) => <li><span>{c.channel}</span> <strong>{number(c.count)}</strong></li>)}</ul>
                <Chart
                  days={data.days}
                  label={t.fill(s.handoffsChart, { channels: data.handoffs.by_channel.map((c) => `${c.channel} ${number(c.count)}`).join(', ') })}
                  series={Object.entries(data.handoffs.series).map(([channel, values], i) => ({ label: channel, values, color: COLORS[i % COLORS.length]! }))}
                />
              </>
            )}
          </section>
          <section class="card" aria-labelledby="m-helpful">
            <h2 id="m-helpful">{s.helpful} {unit('ratings')}</h2>
            <p class="big" data-testid="helpfulness">{percent(data.helpfulness.rate)}</p>
            <p class="hint">{t.fill(s.helpfulHint, { yes: number(data.helpfulness.yes), no: number(data.helpfulness.no) })}</p>
            <Chart days={data.days} label={t.fill(s.helpfulChart, { rate: percent(data.helpfulness.rate) })} series={[{ label: s.helpfulSeries, values: data.helpfulness.series, color: COLORS[0]! }]} format={pct} range={[0, 1]} />
          </section>
          {data.helpfulness.entries.length > 0 && (
            <section class="card wide" aria-labelledby="m-entries">
              <h2 id="m-entries">{s.misleading} {unit('questions')}</h2>
              <table data-testid="entries">
                <caption>{s.misleadingCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s.entryColumns.entry}</th><th scope="col" class="num">{s.entryColumns.shown}</th><th scope="col" class="num">{s.entryColumns.wrong}</th>
                    <th scope="col" class="num">{s.entryColumns.yes}</th><th scope="col" class="num">{s.entryColumns.no}</th><th scope="col" class="num">{s.entryColumns.reads}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.helpfulness.entries.map((e) => (
                    <tr>
                      <th scope="row"><EntryName site="" id={e.entry} titles={e.title === undefined ? undefined : { '': { [e.entry]: e.title } }} /></th>
                      <td class="num">{number(e.shown)}</td>
                      <td class="num">{number(e.wrong)}{e.shown ? <small> ({percent(e.wrong / e.shown, 0)})</small> : null}</td>
                      <td class="num">{number(e.yes)}</td>
                      <td class="num">{number(e.no)}</td>
                      <td class="num">{number(e.reads)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          <section class="card wide" aria-labelledby="m-top">
            <h2 id="m-top">{s.top} {unit('questions')}</h2>
            <p class="big">{number(data.top_searches.total)} <small>{t.plural(s.questionsNoun, data.top_searches.total)}</small></p>
            <Chart days={data.days} label={t.fill(s.topChart, { n: number(data.top_searches.total) })} series={[{ label: s.topSeries, values: data.top_searches.series, color: COLORS[3]! }]} />
            <table>
              <thead><tr><th scope="col">{s.topColumns.question}</th><th scope="col" class="num">{s.topColumns.times}</th><th scope="col" class="num">{s.topColumns.answered}</th></tr></thead>
              <tbody>
                {data.top_searches.queries.map((q) => (
                  <tr><th scope="row" class="question">{q.query}</th><td class="num">{number(q.count)}</td><td class="num">{percent(q.answered / q.count, 0)}</td></tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      )}
    </>
  );
}
