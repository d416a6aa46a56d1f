import { describe, expect, it } from 'vitest';
import { isRetryable, MAX_DELAY_MS, MAX_RETRY_AFTER_MS, retryDelay } from './retry-delay.ts';

describe('retryDelay', () => {
  it('backs off exponentially with full jitter, capped at 5 minutes', () => {
    expect([1, 2, 3, 4].map((a) => retryDelay(a, null, 0, 0.5))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(20, null, 0, 0.999999)).toBeLessThan(MAX_DELAY_MS);
    expect(retryDelay(20, null, 0, 0.5)).toBe(MAX_DELAY_MS / 2);
    expect(retryDelay(3, null, 0, 0)).toBe(0);
  });

  it('honours Retry-After: seconds, or an HTTP date; ignores junk and past dates', () => {
    const now = Date.UTC(2025, 5, 1, 12);
    expect(retryDelay(1, '120', now, 0.5)).toBe(120_000);
    expect(retryDelay(1, ' 7 ', now, 0.5)).toBe(7000);
    expect(retryDelay(1, new Date(now + 90_000).toUTCString(), now, 0.5)).toBe(90_000);
    expect(retryDelay(1, new Date(now - 90_000).toUTCString(), now, 0.5)).toBe(1000);
    expect(retryDelay(1, 'soon', now, 0.5)).toBe(1000);
    expect(retryDelay(1, '-5', now, 0.5)).toBe(1000);
    expect(retryDelay(1, '999999', now, 0.5)).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe('isRetryable', () => {
  it('retries no reply, 408, 429 and 5xx; not other 4xx', () => {
    expect([0, 408, 429, 500, 502, 503, 504].every(isRetryable)).toBe(true);
    expect([400, 401, 403, 404, 413, 415, 422].some(isRetryable)).toBe(false);
  });
});
