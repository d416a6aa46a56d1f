/** The group's rate before and after its fix date, as numbers and a chart with the fix day marked. */
import { Chart } from '../components/chart.tsx';
import { day, number } from '../components/format.ts';

interface Side { days: number; questions: number; searches: number; per_1000: number | null; per_day: number }

export interface Impact {
  fixed_at: number | null;
  verdict: 'no_fix_date' | 'too_early' | 'no_data' | 'improved' | 'not_improved';
  unit?: 'per_1000' | 'per_day';
  before?: Side;
  after?: Side;
  series?: { days: string[]; rate: (number | null)[]; questions: number[]; fix_index: number };
}

const VERDICTS: Record<Impact['verdict'], string> = {
  no_fix_date: 'Set a fix date (publish the FAQ entry) to measure its effect.',
  too_early: 'Too early to tell: at least 3 days after the fix are needed.',
  no_data: 'No questions before the fix date to compare with.',
  improved: 'Verified by the data: the rate fell by half or more after the fix.',
  not_improved: 'Not improved yet: the rate has not fallen by half after the fix.',
};

export function ImpactPanel({ impact }: { impact: Impact }) {
  const { before, after, series } = impact;
  // Both sides in the unit the verdict compares them in.
  const rate = (s: Side): string => (impact.unit === 'per_1000' ? `${number(s.per_1000, 2)} per 1,000 searches` : `${number(s.per_day, 2)} questions per day`);
  return (
    <div class="impact" aria-labelledby="impact-title">
      <h3 id="impact-title">Before and after the fix{impact.fixed_at ? ` of ${day(impact.fixed_at)}` : ''}</h3>
      <p class={`verdict verdict-${impact.verdict}`} role="status">{VERDICTS[impact.verdict]}</p>
      {before && after && (
        <table class="before-after">
          <thead>
            <tr><th scope="col"></th><th scope="col">Before</th><th scope="col">After</th></tr>
          </thead>
          <tbody>
            <tr><th scope="row">Days</th><td>{before.days}</td><td>{after.days}</td></tr>
            <tr><th scope="row">Questions</th><td>{number(before.questions)}</td><td>{number(after.questions)}</td></tr>
            <tr><th scope="row">Searches</th><td>{number(before.searches)}</td><td>{number(after.searches)}</td></tr>
            <tr><th scope="row">Daily rate</th><td data-testid="rate-before">{rate(before)}</td><td data-testid="rate-after">{rate(after)}</td></tr>
          </tbody>
        </table>
      )}
      {series && (
        <Chart
          days={series.days}
          marker={series.fix_index}
          label={`Questions per 1,000 searches per day, 28 days before and after the fix: before ${before ? rate(before) : ''}, after ${after ? rate(after) : ''}`}
          series={[{ label: 'Questions per 1,000 searches', values: series.rate, color: '#1d4ed8' }]}
          format={(v) => v.toFixed(1)}
        />
      )}
    </div>
  );
}
