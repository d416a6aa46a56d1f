// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('sessionId', () => {
  it('is created and stored in localStorage on the first call only, then reused by every page', async () => {
    expect(localStorage.length).toBe(0);
    const { sessionId } = await import('./session-id.ts');
    expect(localStorage.length).toBe(0);
    const id = sessionId();
    expect(id).toMatch(/^[0-9a-v]{24}$/);
    expect(localStorage.getItem('ayuda-session')).toBe(id);
    expect(sessionId()).toBe(id);
    vi.resetModules();
    const again = await import('./session-id.ts');
    expect(again.sessionId()).toBe(id);
  });

  it('without storage, keeps one id for the page', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { sessionId } = await import('./session-id.ts');
    expect(sessionId()).toBe(sessionId());
  });
});
