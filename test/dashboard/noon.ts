/**
 * The clock of a dashboard test file: noon (UTC) today, running on from there.
 * These tests seed questions "N days ago" and ask the server about days (a
 * group's fix date, the last 30 days); the server reads the same clock. With
 * the real clock, a run that crossed midnight UTC saw two different todays
 * (it failed once, at 23:59). Only `Date` is faked: timers stay real, and a
 * file's clock is its own (vitest isolates files).
 */
import { afterAll, vi } from 'vitest';

export function clockFromNoon(): number {
  const noon = new Date();
  noon.setUTCHours(12, 0, 0, 0);
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: noon });
  afterAll(() => void vi.useRealTimers());
  return Date.now();
}
