import { describe, expect, it } from 'vitest';
import { eventId } from './event-id.ts';

describe('eventId', () => {
  it('is URL-safe, 22 characters, unique, and sorts by time', () => {
    const t = Date.UTC(2025, 0, 1);
    const ids = Array.from({ length: 2000 }, (_, i) => eventId(t + i * 7));
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{22}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
