/**
 * The measures that matter, within the site, dates and language chosen. The
 * headline counts customers (help sessions: server/dashboard/sessions/
 * help-sessions.ts); the unanswered rate and top questions count questions
 * (each wording once per help session). Each says which it counts.
 */
import { api } from '../api.ts';
import { Chart } from '../components/chart.tsx';
import { FilterBar } from '../components/filters.tsx';
import { number, percent, REASON_LABELS } from '../components/format.ts';
import { BASE, type Location } from '../router.ts';
import { useData } from '../use-data.ts';
import type { AppliedFilters, Measures, Meta } from '../../shared/views.ts';

interface MeasuresReply extends Measures {
  filters: AppliedFilters;
  follow_up_hours: number;
}

const COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490'];
const pct = (v: number): string => `${Math.round(v * 100)}%`;

/** "+4.0 points on the 30 days before" */
function trend(rate: number | null, previous: number | null, days: number): string {
  if (rate === null || previous === null) return `No customers in the ${days} days before to compare with.`;
  const points = Math.round((rate - previous) * 1000) / 10;
  return `${points > 0 ? '+' : ''}${points.toFixed(1)} points on the ${days} days before (${percent(previous)}).`;
}

export function MeasuresPage({ meta, loc }: { meta: Meta; loc: Location }) {
  const query = loc.query.toString();
  const { data, error } = useData(() => api.get<MeasuresReply>('/measures', query), query, true);
  return (
    <>
      <h1>Measures</h1>
      <FilterBar meta={meta} query={loc.query} applied={data?.filters} fields={['site', 'from', 'to', 'lang']} path={`${BASE}/measures`} />
      {error && <p class="error" role="alert">{error}</p>}
      <details class="definitions">
        <summary>How these are counted</summary>
        <dl>
          <dt>Customer</dt><dd>One browser's visit to help: its events with no gap over 30 minutes, counted when something was asked in it.</dd>
          <dt>Resolved</dt><dd>The customer read an answer (opened it, or said “Yes”) and nothing after it said otherwise: no “No”, no giving up, no request for a person, no search that found nothing, no new search that led elsewhere, in that visit or within the follow-up window.</dd>
          <dt>Question</dt><dd>One wording a customer typed, counted once per visit: a search that found nothing, then “No”, then a request for a person on the same words is one question.</dd>
          <dt>Unanswered</dt><dd>A question that found nothing or only weak results and was not read, was given up on, got a “No”, led to a request for a person, or was answered wrongly: its answer was shown first, then the customer searched again for something else, said “No”, gave up or asked a person.</dd>
        </dl>
      </details>
      {data && (
        <div class="cards">
          <section class="card wide" aria-labelledby="m-resolution">
            <h2 id="m-resolution">Self-service resolution <small>customers</small></h2>
            <p class="big" data-testid="resolution">{percent(data.resolution.rate)}</p>
            <p class="hint" data-testid="resolution-counts">
              {number(data.resolution.resolved)} of {number(data.resolution.sessions)} customers who asked something read an answer and did not then say “No”,
              search again elsewhere, give up or ask a person, in that visit or within {data.follow_up_hours} h: {number(data.resolution.resolved)} hand-offs avoided.{' '}
              {trend(data.resolution.rate, data.resolution.previous, data.filters.days)}
            </p>
            {data.resolution.reasons.length > 0 && (
              <table data-testid="unresolved">
                <caption>Why the others were not resolved</caption>
                <thead><tr><th scope="col">Reason</th><th scope="col" class="num">Customers</th></tr></thead>
                <tbody>
                  {data.resolution.reasons.map((r) => (
                    <tr><th scope="row">{REASON_LABELS[r.reason] ?? r.reason}</th><td class="num">{number(r.sessions)}</td></tr>
                  ))}
                </tbody>
              </table>
            )}
            <Chart days={data.days} label={`Daily self-service resolution rate, overall ${percent(data.resolution.rate)}`} series={[{ label: 'Resolved', values: data.resolution.series, color: COLORS[2]! }]} format={pct} range={[0, 1]} />
          </section>
          <section class="card" aria-labelledby="m-unanswered">
            <h2 id="m-unanswered">Unanswered rate <small>questions</small></h2>
            <p class="big" data-testid="unanswered">{percent(data.unanswered.rate)}</p>
            <p class="hint" data-testid="unanswered-counts">
              {number(data.unanswered.unanswered)} of {number(data.unanswered.questions)} questions found no answer, a weak or wrong one, or were given up on
              (each wording counted once per customer visit).
            </p>
            <Chart days={data.days} label={`Daily unanswered rate, overall ${percent(data.unanswered.rate)}`} series={[{ label: 'Unanswered', values: data.unanswered.series, color: COLORS[4]! }]} format={pct} range={[0, 1]} />
          </section>
          <section class="card" aria-labelledby="m-handoffs">
            <h2 id="m-handoffs">Hand-offs per channel <small>requests</small></h2>
            {data.handoffs.total === 0 ? (
              <p class="empty" data-testid="handoffs">No hand-offs yet.</p>
            ) : (
              <>
                <p class="big" data-testid="handoffs">{number(data.handoffs.total)}</p>
                <ul class="channels">{data.handoffs.by_channel.map((c) => <li><span>{c.channel}</span> <strong>{number(c.count)}</strong></li>)}</ul>
                <Chart
                  days={data.days}
                  label={`Hand-offs per day by channel: ${data.handoffs.by_channel.map((c) => `${c.channel} ${c.count}`).join(', ')}`}
                  series={Object.entries(data.handoffs.series).map(([channel, values], i) => ({ label: channel, values, color: COLORS[i % COLORS.length]! }))}
                />
              </>
            )}
          </section>
          <section class="card" aria-labelledby="m-helpful">
            <h2 id="m-helpful">Answers rated helpful <small>ratings</small></h2>
            <p class="big" data-testid="helpfulness">{percent(data.helpfulness.rate)}</p>
            <p class="hint">{number(data.helpfulness.yes)} yes, {number(data.helpfulness.no)} no to “did this help?”.</p>
            <Chart days={data.days} label={`Daily share of answers rated helpful, overall ${percent(data.helpfulness.rate)}`} series={[{ label: 'Helpful', values: data.helpfulness.series, color: COLORS[0]! }]} format={pct} range={[0, 1]} />
          </section>
          {data.helpfulness.entries.length > 0 && (
            <section class="card wide" aria-labelledby="m-entries">
              <h2 id="m-entries">Answers that mislead <small>questions</small></h2>
              <table data-testid="entries">
                <caption>Per entry, the most wrong answers and “No” first. “Answered wrongly”: shown first for a question, then the customer searched again for something else, said “No”, gave up or asked a person.</caption>
                <thead>
                  <tr><th scope="col">Entry</th><th scope="col" class="num">Shown first</th><th scope="col" class="num">Answered wrongly</th><th scope="col" class="num">Yes</th><th scope="col" class="num">No</th><th scope="col" class="num">Reads</th></tr>
                </thead>
                <tbody>
                  {data.helpfulness.entries.map((e) => (
                    <tr>
                      <th scope="row"><code>{e.entry}</code></th>
                      <td class="num">{number(e.shown)}</td>
                      <td class="num">{number(e.wrong)}{e.shown ? <small> ({percent(e.wrong / e.shown, 0)})</small> : null}</td>
                      <td class="num">{e.yes}</td>
                      <td class="num">{e.no}</td>
                      <td class="num">{e.reads}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          <section class="card wide" aria-labelledby="m-top">
            <h2 id="m-top">Top questions <small>questions</small></h2>
            <p class="big">{number(data.top_searches.total)} <small>questions</small></p>
            <Chart days={data.days} label={`Questions per day, ${data.top_searches.total} in total`} series={[{ label: 'Questions', values: data.top_searches.series, color: COLORS[3]! }]} />
            <table>
              <thead><tr><th scope="col">Question</th><th scope="col" class="num">Times asked</th><th scope="col" class="num">Answered</th></tr></thead>
              <tbody>
                {data.top_searches.queries.map((q) => (
                  <tr><th scope="row" class="question">{q.query}</th><td class="num">{q.count}</td><td class="num">{percent(q.answered / q.count, 0)}</td></tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      )}
    </>
  );
}
