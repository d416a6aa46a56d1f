/** The group's rate before and after its fix date, as numbers and a chart with the fix day marked. */
import { Chart } from '../components/chart.tsx';
import { useI18n } from '../i18n/context.tsx';

interface Side { days: number; questions: number; searches: number; per_1000: number | null; per_day: number }

export interface Impact {
  fixed_at: number | null;
  verdict: 'no_fix_date' | 'too_early' | 'no_data' | 'improved' | 'not_improved';
  unit?: 'per_1000' | 'per_day';
  before?: Side;
  after?: Side;
  series?: { days: string[]; rate: (number | null)[]; questions: number[]; fix_index: number };
}

export function ImpactPanel({ impact }: { impact: Impact }) {
  const t = useI18n();
  const s = t.s.impact;
  const { before, after, series } = impact;
  // Both sides in the unit the verdict compares them in.
  const rate = (side: Side): string => (impact.unit === 'per_1000' ? t.fill(s.per1000, { rate: t.number(side.per_1000, 2) }) : t.fill(s.perDay, { rate: t.number(side.per_day, 2) }));
  return (
    <div class="impact" aria-labelledby="impact-title">
      <h3 id="impact-title">{impact.fixed_at ? t.fill(s.headingOn, { day: t.day(impact.fixed_at) }) : s.heading}</h3>
      <p class={`verdict verdict-${impact.verdict}`} role="status">{s.verdicts[impact.verdict]}</p>
      {before && after && (
        <table class="before-after">
          <thead>
            <tr><th scope="col"></th><th scope="col">{s.before}</th><th scope="col">{s.after}</th></tr>
          </thead>
          <tbody>
            <tr><th scope="row">{s.days}</th><td>{t.number(before.days)}</td><td>{t.number(after.days)}</td></tr>
            <tr><th scope="row">{s.questions}</th><td>{t.number(before.questions)}</td><td>{t.number(after.questions)}</td></tr>
            <tr><th scope="row">{s.searches}</th><td>{t.number(before.searches)}</td><td>{t.number(after.searches)}</td></tr>
            <tr><th scope="row">{s.dailyRate}</th><td data-testid="rate-before">{rate(before)}</td><td data-testid="rate-after">{rate(after)}</td></tr>
          </tbody>
        </table>
      )}
      {series && (
        <Chart
          days={series.days}
          marker={series.fix_index}
          label={t.fill(s.chart, { before: before ? rate(before) : t.s.none, after: after ? rate(after) : t.s.none })}
          series={[{ label: s.series, values: series.rate, color: '#1d4ed8' }]}
          format={(v) => t.number(v, 1)}
        />
      )}
    </div>
  );
}
