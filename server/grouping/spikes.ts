/**
 * Spikes of a group of unanswered questions (pure): the latest day's count
 * against the group's own baseline, the median of the 14 days before it.
 * A day spikes when it counts at least `minCount` questions (5) and at
 * least `factor` (4) times that median:
 *
 * - noise around a group's usual level never reaches 4× its median;
 * - a quiet group (median 0 or 1) needs the minimum count, so 2 questions
 *   after none are not an alert;
 * - a brand-new group (no days before, or only empty ones: median 0) that
 *   starts with a big day alerts by the minimum-count rule alone. This is
 *   on purpose: a new problem is exactly a group that did not exist
 *   yesterday, and 5 customers asking the same unanswered thing on one day
 *   is worth a look.
 *
 * Days missing from the series count as 0 (a group with no questions on a
 * day has no rows for it), and the median is over the 14 days whether or
 * not the group existed then.
 */

export interface SpikeRule {
  /** Days before the latest one whose median is the baseline (14). */
  baselineDays: number;
  /** The latest day must count at least this many times the baseline (4). */
  factor: number;
  /** …and at least this many questions (5). */
  minCount: number;
}

export const SPIKE_RULE: SpikeRule = { baselineDays: 14, factor: 4, minCount: 5 };

export interface SpikeVerdict {
  spiking: boolean;
  /** The latest day's count. */
  count: number;
  /** The median of the baseline days. */
  median: number;
}

export function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Judge the latest day of `daily` (counts per day, oldest first, the latest
 * last). Fewer than `baselineDays` earlier days are padded with zeros (a
 * new group); more are ignored.
 */
export function detectSpike(daily: readonly number[], rule: SpikeRule = SPIKE_RULE): SpikeVerdict {
  const count = daily.at(-1) ?? 0;
  const before = daily.slice(Math.max(0, daily.length - 1 - rule.baselineDays), -1);
  const baseline = [...new Array<number>(Math.max(0, rule.baselineDays - before.length)).fill(0), ...before];
  const m = median(baseline);
  return { spiking: count >= rule.minCount && count >= rule.factor * m, count, median: m };
}
