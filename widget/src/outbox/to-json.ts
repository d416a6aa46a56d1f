/**
 * JSON text of plain data (what the outbox posts: event batches and
 * hand-offs) without trusting the page's prototypes: `toJSON` is never called
 * (Prototype.js 1.6 and its copies define `Array.prototype.toJSON`, which
 * makes `JSON.stringify` turn an array into a string), and only own
 * enumerable properties are written (never one a page added to
 * `Object.prototype`). Strings and numbers go through `JSON.stringify`, which
 * consults no prototype for primitives. `undefined` and functions are left
 * out of objects and written as `null` in arrays, as `JSON.stringify` does.
 */
export function toJson(value: unknown): string {
  return write(value) ?? 'null';
}

/** No prototype method either (a page may replace `map` or `join`): indices, `Object.keys` and `+`. */
function write(value: unknown): string | undefined {
  if (value === null || typeof value != 'object') return typeof value == 'function' ? undefined : JSON.stringify(value);
  const list = Array.isArray(value);
  const keys = Object.keys(value);
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const text = write((value as Record<string, unknown>)[keys[i]!]);
    if (list || text !== undefined) out += (out ? ',' : '') + (list ? '' : JSON.stringify(keys[i]) + ':') + (text ?? 'null');
  }
  return list ? `[${out}]` : `{${out}}`;
}
