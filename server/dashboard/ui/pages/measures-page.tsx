/** The measures that matter, each a headline number and a daily chart, within the site, dates and language chosen. */
import { api } from '../api.ts';
import { Chart } from '../components/chart.tsx';
import { FilterBar } from '../components/filters.tsx';
import { number, percent } from '../components/format.ts';
import { BASE, type Location } from '../router.ts';
import { useData } from '../use-data.ts';
import type { AppliedFilters, Measures, Meta } from '../../shared/views.ts';

interface MeasuresReply extends Measures {
  filters: AppliedFilters;
}

const COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490'];
const pct = (v: number): string => `${Math.round(v * 100)}%`;

export function MeasuresPage({ meta, loc }: { meta: Meta; loc: Location }) {
  const query = loc.query.toString();
  const { data, error } = useData(() => api.get<MeasuresReply>('/measures', query), query, true);
  return (
    <>
      <h1>Measures</h1>
      <FilterBar meta={meta} query={loc.query} applied={data?.filters} fields={['site', 'from', 'to', 'lang']} path={`${BASE}/measures`} />
      {error && <p class="error" role="alert">{error}</p>}
      {data && (
        <div class="cards">
          <section class="card" aria-labelledby="m-resolution">
            <h2 id="m-resolution">Self-service resolution</h2>
            <p class="big" data-testid="resolution">{percent(data.resolution.rate)}</p>
            <p class="hint">{number(data.resolution.resolved)} of {number(data.resolution.sessions)} sessions that searched ended without asking a human and without a “not helpful”.</p>
            <Chart days={data.days} label={`Daily self-service resolution rate, overall ${percent(data.resolution.rate)}`} series={[{ label: 'Resolved', values: data.resolution.series, color: COLORS[2]! }]} format={pct} range={[0, 1]} />
          </section>
          <section class="card" aria-labelledby="m-unanswered">
            <h2 id="m-unanswered">Unanswered rate</h2>
            <p class="big" data-testid="unanswered">{percent(data.unanswered.rate)}</p>
            <p class="hint">{number(data.unanswered.unanswered)} of {number(data.unanswered.questions)} searches found no answer or only a weak one.</p>
            <Chart days={data.days} label={`Daily unanswered rate, overall ${percent(data.unanswered.rate)}`} series={[{ label: 'Unanswered', values: data.unanswered.series, color: COLORS[4]! }]} format={pct} range={[0, 1]} />
          </section>
          <section class="card" aria-labelledby="m-handoffs">
            <h2 id="m-handoffs">Hand-offs per channel</h2>
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
            <h2 id="m-helpful">Answers rated helpful</h2>
            <p class="big" data-testid="helpfulness">{percent(data.helpfulness.rate)}</p>
            <p class="hint">{number(data.helpfulness.yes)} yes, {number(data.helpfulness.no)} no to “did this help?”.</p>
            <Chart days={data.days} label={`Daily share of answers rated helpful, overall ${percent(data.helpfulness.rate)}`} series={[{ label: 'Helpful', values: data.helpfulness.series, color: COLORS[0]! }]} format={pct} range={[0, 1]} />
            {data.helpfulness.entries.length > 0 && (
              <table>
                <caption>Per entry, most “no” first</caption>
                <thead><tr><th scope="col">Entry</th><th scope="col" class="num">Yes</th><th scope="col" class="num">No</th><th scope="col" class="num">Helpful</th><th scope="col" class="num">Reads</th></tr></thead>
                <tbody>
                  {data.helpfulness.entries.map((e) => (
                    <tr><th scope="row"><code>{e.entry}</code></th><td class="num">{e.yes}</td><td class="num">{e.no}</td><td class="num">{percent(e.rate, 0)}</td><td class="num">{e.reads}</td></tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section class="card wide" aria-labelledby="m-top">
            <h2 id="m-top">Top searches</h2>
            <p class="big">{number(data.top_searches.total)} <small>searches</small></p>
            <Chart days={data.days} label={`Searches per day, ${data.top_searches.total} in total`} series={[{ label: 'Searches', values: data.top_searches.series, color: COLORS[3]! }]} />
            <table>
              <thead><tr><th scope="col">Search</th><th scope="col" class="num">Times</th><th scope="col" class="num">Answered</th></tr></thead>
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
