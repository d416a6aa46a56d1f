import { describe, expect, it } from 'vitest';
import { detectSpike, median } from './spikes.ts';

/** A deterministic noisy series around `level` (a small LCG, so the test never flakes). */
function noisy(days: number, level: number, seed = 7): number[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: days }, () => Math.max(0, Math.round(level + (next() - 0.5) * level * 1.6)));
}

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('detectSpike', () => {
  it('raises no alert on noise, at any level, on any day of a long series', () => {
    for (const level of [0.5, 2, 6, 20, 80]) {
      const series = noisy(120, level, level * 13 + 1);
      for (let end = 15; end <= series.length; end++) expect(detectSpike(series.slice(0, end)).spiking, `level ${level}, day ${end}`).toBe(false);
    }
  });

  it('alerts on a day at 4× the trailing 14-day median', () => {
    const base = [3, 2, 4, 3, 3, 5, 2, 3, 4, 3, 2, 3, 4, 3];
    expect(median(base)).toBe(3);
    expect(detectSpike([...base, 12])).toEqual({ spiking: true, count: 12, median: 3 });
    expect(detectSpike([...base, 11]).spiking).toBe(false);
  });

  it('looks only at the 14 days before the latest', () => {
    const old = new Array<number>(30).fill(50);
    const base = new Array<number>(14).fill(2);
    expect(detectSpike([...old, ...base, 8]).spiking).toBe(true);
  });

  it('needs the minimum count: a quiet group going from 0 to 3 is no alert', () => {
    expect(detectSpike([...new Array<number>(14).fill(0), 3]).spiking).toBe(false);
    expect(detectSpike([0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 4]).spiking).toBe(false);
  });

  it('alerts on a brand-new group with a big first day, by the minimum count (no baseline: median 0)', () => {
    expect(detectSpike([9])).toEqual({ spiking: true, count: 9, median: 0 });
    expect(detectSpike([5]).spiking).toBe(true);
    expect(detectSpike([4]).spiking).toBe(false);
    expect(detectSpike([]).spiking).toBe(false);
  });

  it('takes a rule', () => {
    expect(detectSpike([2, 2, 2, 6], { baselineDays: 3, factor: 3, minCount: 5 }).spiking).toBe(true);
  });
});
