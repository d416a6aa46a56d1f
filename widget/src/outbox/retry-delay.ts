/** First retry within 1 s on average, doubling per attempt... */
export const BASE_DELAY_MS = 1000;
/** ...up to 5 minutes between attempts. */
export const MAX_DELAY_MS = 5 * 60_000;
/** A Retry-After longer than an hour is taken as an hour. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * How long to wait before the next attempt: the collector's `Retry-After`
 * (seconds, or an HTTP date) when it sent one, else exponential backoff with
 * full jitter: a random delay in [0, min(cap, base·2^attempt)).
 *
 * @param attempt failed attempts so far (1 after the first failure)
 * @param random a number in [0, 1)
 */
export function retryDelay(attempt: number, retryAfter: string | null | undefined, now: number, random: number): number {
  const value = retryAfter?.trim() ?? '';
  const asked = /^\d+$/.test(value) ? +value * 1000 : Date.parse(value) - now;
  if (asked >= 0) return Math.min(asked, MAX_RETRY_AFTER_MS);
  return random * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
}

/** Worth retrying: no answer (network error, timeout: status 0), 408, 429, 5xx. Other 4xx will never succeed. */
export function isRetryable(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}
