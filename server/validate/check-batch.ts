/**
 * Validate a parsed request body against the shared event schema and report
 * the FIRST bad field as a JSON path ("events[3].query") with a short reason.
 *
 * Each event is checked against the schema of its own `type`, so the reason
 * is precise ("events[0].decision: is required") rather than a union's
 * "must match a schema in anyOf". Messages are built from the schema only:
 * input values, and field names that are not plain identifiers, are never echoed.
 */
import { Type } from 'typebox';
import { Compile } from 'typebox/compile';
import {
  DroppedCount,
  EpochMs,
  EVENT_TYPES,
  EVENT_VERSION,
  EventSchemaByType,
  MAX_BATCH_EVENTS,
  SiteKey,
  type EventBatch,
  type EventType,
} from '../../widget/src/events/schema.ts';

const Envelope = Type.Object(
  {
    site: SiteKey,
    sent_at: EpochMs,
    events: Type.Array(Type.Unknown(), { minItems: 1, maxItems: MAX_BATCH_EVENTS }),
    dropped: Type.Optional(DroppedCount),
  },
  { additionalProperties: false },
);

type Validator = ReturnType<typeof Compile>;
const envelope: Validator = Compile(Envelope);
const byType = Object.fromEntries(EVENT_TYPES.map((t) => [t, Compile(EventSchemaByType[t])])) as Record<EventType, Validator>;
const TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

export type BatchCheck = { ok: true; batch: EventBatch } | { ok: false; path: string; message: string };

/**
 * @example
 * const r = checkBatch(JSON.parse(body));
 * if (!r.ok) reply.code(400).send({ error: 'invalid_body', path: r.path, message: r.message });
 */
export function checkBatch(body: unknown): BatchCheck {
  if (!isObject(body)) return fail('$', 'must be a JSON object');
  if (!envelope.Check(body)) return firstError(envelope, body, '');
  const events = body.events as unknown[];
  for (let i = 0; i < events.length; i++) {
    const at = `events[${i}]`;
    const e = events[i];
    if (!isObject(e)) return fail(at, 'must be an object');
    if (!('v' in e)) return fail(`${at}.v`, 'is required');
    if (e.v !== EVENT_VERSION) return fail(`${at}.v`, `must be ${EVENT_VERSION} (the only supported version)`);
    if (!('type' in e)) return fail(`${at}.type`, 'is required');
    if (typeof e.type !== 'string' || !TYPES.has(e.type)) return fail(`${at}.type`, `must be one of ${EVENT_TYPES.join(', ')}`);
    const validator = byType[e.type as EventType];
    if (!validator.Check(e)) return firstError(validator, e, at);
    if (e.site !== body.site) return fail(`${at}.site`, 'must equal the batch site');
  }
  return { ok: true, batch: body as EventBatch };
}

function fail(path: string, message: string): BatchCheck {
  return { ok: false, path, message };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface SchemaError {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}

function firstError(validator: Validator, value: unknown, base: string): BatchCheck {
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
