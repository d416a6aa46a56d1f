/** Random ids and bytes, also on a page without crypto.getRandomValues. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newReference, REFERENCE_PATTERN } from '../handoff/reference.ts';
import { newId } from '../handoff/journey/environment.ts';
import { eventId } from './event-id.ts';
import { randomBytes, randomId } from './random-id.ts';

afterEach(() => vi.unstubAllGlobals());

describe.each([
  ['with crypto.getRandomValues', () => {}],
  ['without crypto', () => vi.stubGlobal('crypto', undefined)],
  ['where getRandomValues throws', () => vi.stubGlobal('crypto', { getRandomValues: () => { throw new Error('not here'); } })],
])('%s', (_name, prepare) => {
  it('makes random bytes, ids, event ids, journey ids and hand-off references', () => {
    prepare();
    const bytes = randomBytes(new Uint8Array(64));
    expect(new Set(bytes).size).toBeGreaterThan(20);
    expect(randomId(16)).toMatch(/^[0-9a-v]{16}$/);
    expect(new Set(Array.from({ length: 100 }, () => randomId(16))).size).toBe(100);
    expect(eventId(Date.now())).toMatch(/^[0-9a-z]+$/);
    expect(newId()).toMatch(/^[0-9a-z]+$/);
    expect(newReference()).toMatch(REFERENCE_PATTERN);
  });
});
