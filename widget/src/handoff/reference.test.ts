import { describe, expect, it } from 'vitest';
import { newReference, normalizeReference, REFERENCE_ALPHABET, REFERENCE_PATTERN } from './reference.ts';

describe('newReference', () => {
  it('makes "AY-XXX-XXX" references from an alphabet without look-alikes', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(30);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OILU]/);
    const refs = Array.from({ length: 2000 }, () => newReference());
    for (const ref of refs) expect(ref).toMatch(REFERENCE_PATTERN);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('skips bytes that would bias the first characters', () => {
    const bytes = [255, 240, 0, 29, 30, 59, 241, 100, 239, 1];
    let i = 0;
    const ref = newReference((b) => b.map(() => bytes[i++ % bytes.length]!));
    // 255, 240 and 241 are skipped; 0→2, 29→Z, 30→2, 59→Z, 100→(100%30=10)→C, 239→(29)→Z
    expect(ref).toBe('AY-2Z2-ZCZ');
  });

  it('draws every character about as often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) for (const c of newReference().slice(3).replace('-', '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(30);
    for (const n of counts.values()) expect(n).toBeGreaterThan(450); // expected 600 each
  });
});

describe('normalizeReference', () => {
  it.each([
    ['AY-7K3-Q9F', 'AY-7K3-Q9F'],
    ['ay 7k3 q9f', 'AY-7K3-Q9F'],
    ['7K3Q9F', 'AY-7K3-Q9F'],
    [' AY7K3-Q9F ', 'AY-7K3-Q9F'],
  ])('%s → %s', (input, out) => expect(normalizeReference(input)).toBe(out));

  it.each(['AY-7K3', 'AY-0K3-Q9F', 'AY-7K3-Q9F-2', ''])('refuses %s', (input) => expect(normalizeReference(input)).toBeUndefined());
});
