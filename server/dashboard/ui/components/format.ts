/**
 * Numbers and dates as the dashboard shows them, in the user's locale
 * (Intl). Days are UTC days, like the filters and the server's counts, and
 * times say "UTC". `iso` dates are written 2026-12-07 whatever the locale.
 */

export interface Format {
  /** 1,234 (en) or 12.345 (es); "—" for no value. */
  number(x: number | null | undefined, digits?: number): string;
  /** A share: 0.125 → 12.5% (en) or 12,5 % (es). */
  percent(x: number | null | undefined, digits?: number): string;
  /** +3, -2, 0. */
  signed(n: number): string;
  /** A UTC day, from epoch ms or "YYYY-MM-DD". */
  day(at: number | string | null): string;
  /** Day and time to the minute (or second), then "UTC". */
  dateTime(ms: number, seconds?: boolean): string;
  /** The time of day, to the second, UTC. */
  time(ms: number): string;
  /** A chart's day tick: "Dec 7", "7 dic". */
  tick(ms: number): string;
}

const UTC = { timeZone: 'UTC' } as const;
const DAY = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
const TIME = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

export function createFormat(locale: string, dates: 'iso' | 'locale'): Format {
  const numbers = new Map<string, Intl.NumberFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions): Intl.NumberFormat => {
    const key = JSON.stringify(options);
    let format = numbers.get(key);
    if (!format) numbers.set(key, (format = new Intl.NumberFormat(locale, options)));
    return format;
  };
  const digits = (n: number): Intl.NumberFormatOptions => ({ minimumFractionDigits: n, maximumFractionDigits: n });
  const days = new Intl.DateTimeFormat(locale, { ...UTC, ...DAY });
  const minutes = new Intl.DateTimeFormat(locale, { ...UTC, ...DAY, ...TIME });
  const seconds = new Intl.DateTimeFormat(locale, { ...UTC, ...DAY, ...TIME, second: '2-digit' });
  const times = new Intl.DateTimeFormat(locale, { ...UTC, ...TIME, second: '2-digit' });
  const ticks = new Intl.DateTimeFormat(locale, { ...UTC, day: 'numeric', month: 'short' });
  const iso = (ms: number): string => new Date(ms).toISOString();
  const ms = (at: number | string): number => (typeof at === 'number' ? at : Date.parse(`${at}T00:00:00Z`));

  return {
    number: (x, n = 0) => (x === null || x === undefined ? '—' : numberFormat(digits(n)).format(x)),
    percent: (x, n = 1) => (x === null || x === undefined ? '—' : numberFormat({ style: 'percent', ...digits(n) }).format(x)),
    signed: (n) => numberFormat({ signDisplay: 'exceptZero' }).format(n),
    day: (at) => (at === null ? '—' : dates === 'iso' ? iso(ms(at)).slice(0, 10) : days.format(ms(at))),
    dateTime: (at, withSeconds = false) =>
      `${dates === 'iso' ? iso(at).slice(0, withSeconds ? 19 : 16).replace('T', ' ') : (withSeconds ? seconds : minutes).format(at)} UTC`,
    time: (at) => (dates === 'iso' ? iso(at).slice(11, 19) : times.format(at)),
    tick: (at) => ticks.format(at),
  };
}
