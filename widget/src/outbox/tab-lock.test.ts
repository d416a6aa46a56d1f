// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEASE } from './local-storage.ts';
import { LEASE_MS, LOCK_NAME, tabLock } from './tab-lock.ts';

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('tabLock', () => {
  it("uses the Web Locks API when there is one: 'ayuda-outbox', only if free", async () => {
    const request = vi.fn(async (_name: string, _opts: LockOptions, cb: (lock: Lock | null) => Promise<boolean>) => cb({ name: LOCK_NAME, mode: 'exclusive' }));
    vi.stubGlobal('navigator', { locks: { request } });
    const fn = vi.fn(async () => {});
    expect(await tabLock(fn)).toBe(true);
    expect(request).toHaveBeenCalledWith(LOCK_NAME, { ifAvailable: true }, expect.any(Function));
    expect(fn).toHaveBeenCalledTimes(1);

    request.mockImplementation(async (_n, _o, cb) => cb(null));
    expect(await tabLock(fn)).toBe(false);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('without Web Locks, takes a lease in localStorage, refuses while another tab holds an unexpired one, and releases it', async () => {
    vi.stubGlobal('navigator', {});
    let during: string | null = null;
    expect(await tabLock(async () => void (during = localStorage.getItem(LEASE)))).toBe(true);
    expect(during).toMatch(/^\S+ \d+$/);
    expect(localStorage.getItem(LEASE)).toBeNull();

    localStorage.setItem(LEASE, `other ${Date.now() + LEASE_MS}`);
    const fn = vi.fn(async () => {});
    expect(await tabLock(fn)).toBe(false);
    expect(fn).not.toHaveBeenCalled();

    localStorage.setItem(LEASE, `other ${Date.now() - 1}`); // expired: that tab is gone
    expect(await tabLock(fn)).toBe(true);
    expect(localStorage.getItem(LEASE)).toBeNull();
  });

  it('releases the lease when sending throws', async () => {
    vi.stubGlobal('navigator', {});
    await expect(tabLock(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(localStorage.getItem(LEASE)).toBeNull();
  });
});
