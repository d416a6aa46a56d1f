import { describe, expect, it } from 'vitest';
import { HoursError, minuteOfWeek, openState, parseHours } from './business-hours.ts';

// Monday 23 November 2026.
const at = (iso: string) => Date.parse(iso);

describe('parseHours', () => {
  it('reads day ranges, lists of spans, daily, closed days and spans across midnight', () => {
    expect(parseHours(['mon-fri 09:00-18:00'])).toEqual([0, 1, 2, 3, 4].map((d) => [d * 1440 + 540, d * 1440 + 1080]));
    expect(parseHours(['sat 10:00-14:00,16:00-19:30', 'sun closed'])).toEqual([[5 * 1440 + 600, 5 * 1440 + 840], [5 * 1440 + 960, 5 * 1440 + 1170]]);
    expect(parseHours(['daily 08:00-20:00'])).toHaveLength(7);
    expect(parseHours(['sun 22:00-02:00'])).toEqual([[0, 120], [6 * 1440 + 1320, 7 * 1440]]);
    expect(parseHours(['fri-mon 10:00-11:00']).map(([s]) => Math.floor(s / 1440))).toEqual([0, 4, 5, 6]);
    expect(parseHours(['MON 00:00-24:00'])).toEqual([[0, 1440]]);
  });

  it.each([['monday 9:00-18:00'], ['mon 9-18'], ['mon 09:00-25:00'], ['mon 09:61-10:00'], ['mon']])('names the bad line "%s"', (line) => {
    expect(() => parseHours([line])).toThrow(HoursError);
    expect(() => parseHours([line])).toThrow(line);
  });
});

describe('openState', () => {
  const madrid = { timeZone: 'Europe/Madrid', open: ['mon-fri 09:00-18:00'] };

  it('uses the channel’s own time zone', () => {
    // 08:30 UTC = 09:30 in Madrid (CET, UTC+1) on a Monday.
    expect(minuteOfWeek(at('2026-11-23T08:30:00Z'), 'Europe/Madrid')).toBe(570);
    expect(openState(madrid, at('2026-11-23T08:30:00Z'))).toEqual({ open: true });
    expect(openState({ ...madrid, timeZone: 'America/Mexico_City' }, at('2026-11-23T08:30:00Z')).open).toBe(false);
  });

  it('tells the next opening: later today, tomorrow, after the weekend', () => {
    expect(openState(madrid, at('2026-11-23T06:15:30Z'))).toEqual({ open: false, opensAt: at('2026-11-23T08:00:00Z') });
    expect(openState(madrid, at('2026-11-23T19:00:00Z'))).toEqual({ open: false, opensAt: at('2026-11-24T08:00:00Z') });
    expect(openState(madrid, at('2026-11-27T17:00:00Z'))).toEqual({ open: false, opensAt: at('2026-11-30T08:00:00Z') });
  });

  it('follows summer time', () => {
    // 9:00 in Madrid is 07:00 UTC in June (CEST, UTC+2).
    expect(openState(madrid, at('2026-06-01T07:30:00Z')).open).toBe(true);
    expect(openState(madrid, at('2026-06-01T06:30:00Z'))).toEqual({ open: false, opensAt: at('2026-06-01T07:00:00Z') });
  });

  it('is always open without hours, and never opens without any', () => {
    expect(openState(undefined, 0)).toEqual({ open: true });
    expect(openState({ timeZone: 'UTC', open: ['daily closed'] }, 0)).toEqual({ open: false });
  });
});
