/**
 * Failed logins per email address: after MAX_FAILURES within the window, that
 * address is refused until the window ends, whatever the IP (the route's
 * per-IP rate limit covers the other direction: one IP trying many emails).
 * In memory: a restart forgives, which is fine for a brake.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;

export interface LoginThrottle {
  /** Milliseconds until `email` may try again, or 0. */
  retryAfter(email: string, now?: number): number;
  failed(email: string, now?: number): void;
  succeeded(email: string): void;
}

export function createLoginThrottle(max = MAX_FAILURES, windowMs = WINDOW_MS): LoginThrottle {
  const failures = new Map<string, number[]>();
  const recent = (email: string, now: number): number[] => {
    const list = (failures.get(email) ?? []).filter((t) => t > now - windowMs);
    if (list.length) failures.set(email, list);
    else failures.delete(email);
    return list;
  };
  return {
    retryAfter(email, now = Date.now()) {
      const list = recent(email, now);
      return list.length >= max ? list[0]! + windowMs - now : 0;
    },
    failed(email, now = Date.now()) {
      if (failures.size > 100_000) failures.clear();
      failures.set(email, [...recent(email, now), now]);
    },
    succeeded(email) {
      failures.delete(email);
    },
  };
}
