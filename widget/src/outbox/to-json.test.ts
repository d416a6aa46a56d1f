/** The outbox's JSON ignores what a page adds to the built-in prototypes (Prototype.js 1.6's `Array.prototype.toJSON`, a polluted `Object.prototype`). */
import { afterEach, describe, expect, it } from 'vitest';
import { toJson } from './to-json.ts';

const batch = {
  site: 'demo',
  sent_at: 1735689600000,
  events: [
    { v: 1, id: 'e1', type: 'search', query: 'devolución "rota"\n\u2028', results: [{ id: 'a', score: 0.5 }], nested: { a: [1, [2, 'x']] } },
    { v: 1, id: 'e2', type: 'gave_up', skipped: undefined, fn: () => 1, list: [undefined, () => 1, null, NaN, Infinity, -0, true] },
  ],
  empty: [],
  none: {},
};

afterEach(() => {
  for (const proto of [Array.prototype, Object.prototype, String.prototype, Number.prototype] as Record<string, unknown>[]) {
    delete proto.toJSON;
    delete proto.collector;
  }
  expect('toJSON' in Array.prototype || 'collector' in {}).toBe(false);
});

describe('toJson', () => {
  it('writes what JSON.stringify writes for plain data', () => {
    expect(toJson(batch)).toBe(JSON.stringify(batch));
    for (const v of [null, undefined, 0, -1.5, 'a', true, [], {}, [[]], { a: { b: {} } }]) expect(toJson(v)).toBe(JSON.stringify(v) ?? 'null');
  });

  it('on a page with Prototype.js 1.6 (Array, String and Number toJSON), events stay an array', () => {
    const clean = JSON.stringify(batch);
    // What Prototype.js 1.6 defines: an array's toJSON returns its JSON text, so JSON.stringify writes a string.
    Object.assign(Array.prototype, { toJSON(this: unknown[]) { return `[${this.map((x) => JSON.stringify(x)).join(', ')}]`; } });
    Object.assign(String.prototype, { toJSON() { return 'S'; } });
    Object.assign(Number.prototype, { toJSON() { return 'N'; } });
    expect(typeof (JSON.parse(JSON.stringify(batch)) as { events: unknown }).events).toBe('string'); // the bug, reproduced
    expect(toJson(batch)).toBe(clean);
    expect((JSON.parse(toJson(batch)) as { events: unknown[] }).events).toHaveLength(2);
  });

  it('ignores Object.prototype.toJSON and enumerable properties added to Object.prototype', () => {
    const clean = JSON.stringify(batch);
    Object.defineProperty(Object.prototype, 'toJSON', { value: () => 'hijacked', configurable: true, writable: true });
    (Object.prototype as Record<string, unknown>).collector = 'https://evil.example';
    expect(toJson(batch)).toBe(clean);
  });
});
