/**
 * The FIRST schema error of a value as a JSON path ("events[3].query",
 * "handoff.webhook.url") and a short reason, for the collector's 400s. The
 * reason is built from the schema only: input values, and field names that
 * are not plain identifiers, are never echoed. Used by the event batch check
 * (./check-batch.ts) and the dashboard's site form (server/sites/site-input.ts).
 */
import type { Compile } from 'typebox/compile';

export type Validator = ReturnType<typeof Compile>;
export interface Refusal {
  ok: false;
  path: string;
  message: string;
}

interface SchemaError {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}

/**
 * @example
 * if (!validator.Check(body)) return firstSchemaError(validator, body, ''); // { ok: false, path: 'sent_at', message: 'is required' }
 */
export function firstSchemaError(validator: Validator, value: unknown, base: string): Refusal {
  for (const err of validator.Errors(value) as Iterable<SchemaError>) {
    // "boolean" errors repeat an additionalProperties error that follows.
    if (err.keyword === 'boolean') continue;
    const segments = err.instancePath.split('/').slice(1).map(unescapePointer);
    const path = joinPath(base, segments);
    switch (err.keyword) {
      case 'required': {
        const required = (err.params.requiredProperties as string[] | undefined) ?? [];
        const target = valueAt(value, segments);
        const missing = required.find((k) => !isObject(target) || !(k in target)) ?? required[0] ?? '?';
        return fail(joinPath(base, [...segments, missing]), 'is required');
      }
      case 'additionalProperties': {
        const extra = String((err.params.additionalProperties as unknown[] | undefined)?.[0] ?? '');
        return SAFE_KEY.test(extra) ? fail(joinPath(base, [...segments, extra]), 'is not an allowed field') : fail(path, 'has a field that is not allowed');
      }
      default:
        return fail(path, describe(err));
    }
  }
  return fail(base || '$', 'is invalid');
}

function describe(err: SchemaError): string {
  const p = err.params;
  switch (err.keyword) {
    case 'type':
      return `must be ${String(p.type) === 'integer' ? 'an integer' : `a ${String(p.type)}`}`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters`;
    case 'minLength':
      return `must be at least ${String(p.limit)} characters`;
    case 'maxItems':
      return `must have at most ${String(p.limit)} items`;
    case 'minItems':
      return `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'minimum':
    case 'maximum':
      return `must be ${err.keyword === 'minimum' ? '>=' : '<='} ${String(p.limit)}`;
    case 'pattern':
      return `has a bad format (must match ${String(p.pattern)})`;
    default:
      return err.message.slice(0, 120);
  }
}

const SAFE_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

function joinPath(base: string, segments: string[]): string {
  let out = base;
  for (const s of segments) {
    if (/^\d+$/.test(s)) out += `[${s}]`;
    else if (SAFE_KEY.test(s)) out += out ? `.${s}` : s;
    else out += '[?]';
  }
  return out || '$';
}

function valueAt(value: unknown, segments: string[]): unknown {
  let v = value;
  for (const s of segments) v = isObject(v) || Array.isArray(v) ? (v as Record<string, unknown>)[s] : undefined;
  return v;
}

function fail(path: string, message: string): Refusal {
  return { ok: false, path, message };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
