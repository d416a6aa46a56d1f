/**
 * Failed logins, counted per client address and per (address, account),
 * never per account alone: wrong passwords sent from one address slow that
 * address down and cannot lock the account's owner out, who logs in from
 * their own address at once. (Per account alone, anyone who knows a lead's
 * email could keep them out with five requests every quarter hour.)
 *
 * Each counter allows a few failures, then makes the address wait after
 * every further failure, twice as long each time (1 s, 2 s, 4 s … at most
 * 15 minutes); a counter is forgotten after an hour without failures, and a
 * successful login clears its (address, account) counter (not the
 * address's: an attacker's own account must not reset it). Accounts are
 * normalized (trimmed, lower case) by the caller. In memory: a restart
 * forgives, which is fine for a brake; the route's request limit per
 * address (10 a minute) still applies on top.
 */

export interface ThrottleRule {
  /** Failures allowed before the first wait. */
  free: number;
  /** The first wait; doubles with each further failure. */
  baseMs: number;
  maxMs: number;
  /** Quiet time after which the failures are forgotten. */
  windowMs: number;
}

/** One address trying one account: a typo or three, then waits. */
export const PER_ACCOUNT: ThrottleRule = { free: 3, baseMs: 1000, maxMs: 15 * 60_000, windowMs: 60 * 60_000 };
/** One address trying many accounts (password spraying). */
export const PER_ADDRESS: ThrottleRule = { free: 5, baseMs: 1000, maxMs: 15 * 60_000, windowMs: 60 * 60_000 };

export interface LoginWait {
  /** Milliseconds to wait. */
  ms: number;
  /** Which counter: this address for this account, or this address for any. */
  by: 'account' | 'address';
}

export interface LoginThrottle {
  /** How long `address` must wait before trying `account` (0 ms: it may try now). */
  retryAfter(address: string, account: string, now?: number): LoginWait;
  failed(address: string, account: string, now?: number): void;
  succeeded(address: string, account: string): void;
}

/** Failures since the counter was last forgotten, and when the latest happened. */
interface Failures {
  count: number;
  last: number;
}

/** The wait after `failures` under `rule`, or 0. */
export function waitAfter({ count, last }: Failures, rule: ThrottleRule, now: number): number {
  const over = count - rule.free;
  if (over < 0) return 0;
  const delay = Math.min(rule.baseMs * 2 ** Math.min(over, 40), rule.maxMs);
  return Math.max(0, last + delay - now);
}

const MAX_KEYS = 100_000;

export function createLoginThrottle(perAccount: ThrottleRule = PER_ACCOUNT, perAddress: ThrottleRule = PER_ADDRESS): LoginThrottle {
  const failures = new Map<string, Failures>();
  const recent = (key: string, rule: ThrottleRule, now: number): Failures => {
    const counted = failures.get(key);
    if (counted && counted.last > now - rule.windowMs) return counted;
    failures.delete(key);
    return { count: 0, last: 0 };
  };
  const add = (key: string, rule: ThrottleRule, now: number): void => {
    failures.set(key, { count: recent(key, rule, now).count + 1, last: now });
  };
  const accountKey = (address: string, account: string) => `${address}\n${account}`;
  return {
    retryAfter(address, account, now = Date.now()) {
      const byAccount = waitAfter(recent(accountKey(address, account), perAccount, now), perAccount, now);
      const byAddress = waitAfter(recent(address, perAddress, now), perAddress, now);
      return byAccount >= byAddress ? { ms: byAccount, by: 'account' } : { ms: byAddress, by: 'address' };
    },
    failed(address, account, now = Date.now()) {
      if (failures.size > MAX_KEYS) failures.clear();
      add(accountKey(address, account), perAccount, now);
      add(address, perAddress, now);
    },
    succeeded(address, account) {
      failures.delete(accountKey(address, account));
    },
  };
}
