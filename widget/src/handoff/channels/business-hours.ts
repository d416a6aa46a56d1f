/**
 * Business hours, pure: parse the site owner's lines ("mon-fri 09:00-18:00",
 * "sat 10:00-14:00", "daily 08:00-20:00", "mon 09:00-13:00,15:00-19:00",
 * "fri 22:00-02:00" across midnight) into minutes of the week in the
 * channel's time zone, and tell whether a moment is inside them and when
 * they next open. Clock changes between now and the next opening can move
 * that opening by the size of the change (an hour).
 */
import type { BusinessHours } from '../types.ts';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const WEEK = 7 * 1440;

/** [start, end) in minutes from Monday 00:00, end ≤ WEEK. */
export type Interval = [number, number];

export class HoursError extends Error {
  override name = 'HoursError';
}

function minutes(text: string, line: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  const value = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!(value >= 0 && value <= 1440) || Number(m?.[2]) > 59) throw new HoursError(`bad time "${text}" in "${line}"`);
  return value;
}

function days(text: string, line: string): number[] {
  if (text === 'daily') return [0, 1, 2, 3, 4, 5, 6];
  const [from, to = from] = text.split('-');
  const a = DAYS.indexOf(from as (typeof DAYS)[number]);
  const b = DAYS.indexOf(to as (typeof DAYS)[number]);
  if (a < 0 || b < 0) throw new HoursError(`bad days "${text}" in "${line}" (mon, tue, wed, thu, fri, sat, sun, daily)`);
  const out: number[] = [];
  for (let d = a; ; d = (d + 1) % 7) {
    out.push(d);
    if (d === b) return out;
  }
}

/** The weekly intervals of `lines`, sorted. Throws {@link HoursError} naming the bad line. */
export function parseHours(lines: readonly string[]): Interval[] {
  const out: Interval[] = [];
  for (const raw of lines) {
    const line = raw.trim().toLowerCase();
    const [dayText, spans] = line.split(/\s+/, 2);
    if (!dayText || !spans) throw new HoursError(`expected "days hh:mm-hh:mm" in "${raw}"`);
    if (spans === 'closed') continue;
    for (const day of days(dayText, raw)) {
      for (const span of spans.split(',')) {
        const [from = '', to = ''] = span.split('-');
        const start = day * 1440 + minutes(from, raw);
        let end = day * 1440 + minutes(to, raw);
        if (end <= start) end += 1440; // across midnight
        if (end <= WEEK) out.push([start, end]);
        else out.push([start, WEEK], [0, end - WEEK]);
      }
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes from Monday 00:00 of `at` in `timeZone`. */
export function minuteOfWeek(at: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  const day = DAYS.indexOf(String(parts.weekday).toLowerCase().slice(0, 3) as (typeof DAYS)[number]);
  return day * 1440 + (Number(parts.hour) % 24) * 60 + Number(parts.minute);
}

export interface OpenState {
  open: boolean;
  /** When closed: the next opening (epoch ms); unset when the hours never open. */
  opensAt?: number;
}

/** Whether `hours` are open at `now`, and if not, when they next open. No hours: always open. */
export function openState(hours: BusinessHours | undefined, now: number): OpenState {
  if (!hours) return { open: true };
  const intervals = parseHours(hours.open);
  const mow = minuteOfWeek(now, hours.timeZone);
  if (intervals.some(([start, end]) => mow >= start && mow < end)) return { open: true };
  if (intervals.length === 0) return { open: false };
  const wait = Math.min(...intervals.map(([start]) => (start - mow + WEEK) % WEEK || WEEK));
  const startOfMinute = now - (now % 60_000);
  return { open: false, opensAt: startOfMinute + wait * 60_000 };
}
