/**
 * A time-series chart with uPlot (loaded on first use, its own chunk). The
 * canvas is described for screen readers by `label`; the numbers it draws
 * are also on the page as text. Days on the axis and in the legend are UTC
 * days in the user's locale.
 */
import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useI18n } from '../i18n/context.tsx';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** CSS colour. */
  color: string;
}

export interface ChartProps {
  /** "YYYY-MM-DD" per point. */
  days: string[];
  series: ChartSeries[];
  label: string;
  /** Value formatting on the axis and legend. */
  format?: (v: number) => string;
  /** Index of a day to mark with a vertical line (a fix date). */
  marker?: number;
  /** Fixed y range, e.g. [0, 1] for shares. */
  range?: [number, number];
  height?: number;
}

/** Steps between the day axis' ticks: whole UTC days only, even when few days are shown. */
const DAY_STEPS = [1, 2, 3, 7, 14, 28, 56, 91, 182, 364].map((d) => d * 86_400);

/** Indices of values with no value on either side (a line cannot show them). */
export function isolated(values: (number | null)[]): number[] {
  return values.flatMap((v, i) => (v !== null && values[i - 1] == null && values[i + 1] == null ? [i] : []));
}

export function Chart({ days, series, label, format, marker, range, height = 180 }: ChartProps) {
  const t = useI18n();
  const value = format ?? ((v: number) => t.number(v));
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let plot: uPlot | undefined;
    let observer: ResizeObserver | undefined;
    let cancelled = false;
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled || !box.current) return;
      const xs = days.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
      const width = Math.max(240, box.current.clientWidth);
      const markerPlugin = (): uPlot.Plugin => ({
        hooks: {
          draw: [
            (u: uPlot) => {
              if (marker === undefined || xs[marker] === undefined) return;
              const x = u.valToPos(xs[marker]!, 'x', true);
              const ctx = u.ctx;
              ctx.save();
              ctx.strokeStyle = '#b45309';
              ctx.setLineDash([4, 4]);
              ctx.beginPath();
              ctx.moveTo(x, u.bbox.top);
              ctx.lineTo(x, u.bbox.top + u.bbox.height);
              ctx.stroke();
              ctx.restore();
            },
          ],
        },
      });
      plot = new UPlot(
        {
          width,
          height,
          tzDate: (ts) => UPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
          plugins: [markerPlugin()],
          scales: { x: { time: true }, ...(range ? { y: { range } } : {}) },
          axes: [{ incrs: DAY_STEPS, values: (_u, ticks) => ticks.map((tick) => t.tick(tick * 1000)) }, { values: (_u, ticks) => ticks.map((tick) => value(tick)), size: 60 }],
          series: [
            { label: t.s.chartDay, value: (_u: uPlot, x: number | null) => (x === null ? t.s.none : t.day(x * 1000)) },
            ...series.map((s) => {
              const alone = isolated(s.values);
              // Few days with data (a new site): every day is a dot; otherwise a line, with a dot only for a day alone between gaps.
              const few = s.values.filter((v) => v !== null).length <= 10;
              return {
                label: s.label,
                stroke: s.color,
                width: 2,
                spanGaps: false,
                // Few days with data (a new site): every day is a dot; otherwise a line, with a dot only for a day alone between gaps.
                points: few ? { show: true, size: 7, fill: s.color } : { filter: (_u: uPlot, _i: number, shown: boolean) => (shown || !alone.length ? null : alone) },
                value: (_u: uPlot, v: number | null) => (v === null ? t.s.none : value(v)),
              };
            }),
          ],
        },
        [xs, ...series.map((s) => s.values)] as uPlot.AlignedData,
        box.current,
      );
      observer = new ResizeObserver(() => {
        if (box.current && plot) plot.setSize({ width: Math.max(240, box.current.clientWidth), height });
      });
      observer.observe(box.current);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      plot?.destroy();
    };
  }, [JSON.stringify(days), JSON.stringify(series), marker, height, range?.join(), t]);
  return <div class="chart" ref={box} role="img" aria-label={label} />;
}
