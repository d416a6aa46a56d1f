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

function write(value: unknown): string | undefined {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return JSON.stringify(value);
  if (typeof value === 'function') return undefined;
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (let i = 0; i < value.length; i++) parts[i] = write(value[i]) ?? 'null';
    return `[${parts.join(',')}]`;
  }
  const parts: string[] = [];
  for (const key of Object.keys(value)) {
    const text = write((value as Record<string, unknown>)[key]);
    if (text !== undefined) parts[parts.length] = `${JSON.stringify(key)}:${text}`;
  }
  return `{${parts.join(',')}}`;
}
