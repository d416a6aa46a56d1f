import { randomId } from './random-id.ts';

/**
 * A unique, time-ordered event id: `at` in base 36 (8 characters until 2059,
 * so ids sort by time) and 14 random characters (70 bits), like ULID. The
 * collector's primary-key index then grows at its end.
 */
export function eventId(at: number): string {
  return at.toString(36) + randomId(14);
}
