import { describe, expect, it } from 'vitest';
import { createLoginThrottle, PER_ACCOUNT, PER_ADDRESS } from './login-throttle.ts';

const T = 1_800_000_000_000;

describe('the login throttle', () => {
  it('lets a few failures through, then doubles the wait after each (at most 15 minutes), for that address and account only', () => {
    const t = createLoginThrottle();
    const waits: number[] = [];
    let now = T;
    for (let i = 0; i < 16; i++) {
      t.failed('203.0.113.1', 'lead@example.com', now);
      const wait = t.retryAfter('203.0.113.1', 'lead@example.com', now).ms;
      waits.push(wait);
      now += wait; // the attacker tries again as soon as allowed
    }
    expect(waits.slice(0, PER_ACCOUNT.free - 1)).toEqual([0, 0]);
    expect(waits.slice(PER_ACCOUNT.free - 1, PER_ACCOUNT.free + 5)).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000]);
    expect(waits.at(-1)).toBe(15 * 60_000);
    // Another address, the same account: nothing to wait.
    expect(t.retryAfter('198.51.100.9', 'lead@example.com', now).ms).toBe(0);
  });

  it('slows down an address spraying many accounts, and forgets its failures after an hour without any', () => {
    const t = createLoginThrottle();
    for (let i = 0; i < PER_ADDRESS.free; i++) t.failed('203.0.113.2', `user${i}@example.com`, T);
    expect(t.retryAfter('203.0.113.2', 'new@example.com', T)).toEqual({ ms: 1000, by: 'address' });
    expect(t.retryAfter('203.0.113.2', 'new@example.com', T + PER_ADDRESS.windowMs + 1).ms).toBe(0);
  });

  it('clears the address-and-account counter on success, not the address counter', () => {
    const t = createLoginThrottle();
    for (let i = 0; i < PER_ACCOUNT.free; i++) t.failed('203.0.113.3', 'me@example.com', T);
    for (let i = 0; i < PER_ADDRESS.free - PER_ACCOUNT.free; i++) t.failed('203.0.113.3', `other${i}@example.com`, T);
    t.succeeded('203.0.113.3', 'me@example.com');
    expect(t.retryAfter('203.0.113.3', 'me@example.com', T)).toEqual({ ms: 1000, by: 'address' });
  });
});
