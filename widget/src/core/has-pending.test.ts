// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PENDING, removeLocal, writeLocal } from '../outbox/local-storage.ts';
import { hasPending } from './has-pending.ts';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('hasPending', () => {
  it("reads the outbox chunk's flag for the site", () => {
    expect(hasPending('demo')).toBe(false);
    writeLocal(PENDING + 'demo', '1');
    expect(hasPending('demo')).toBe(true);
    expect(hasPending('other')).toBe(false);
    removeLocal(PENDING + 'demo');
    expect(hasPending('demo')).toBe(false);
  });

  it('is false when storage throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(hasPending('demo')).toBe(false);
  });
});
