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
import { firstSchemaError, isObject, type Validator } from './first-error.ts';
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
  if (!envelope.Check(body)) return firstSchemaError(envelope, body, '');
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
    if (!validator.Check(e)) return firstSchemaError(validator, e, at);
    if (e.site !== body.site) return fail(`${at}.site`, 'must equal the batch site');
  }
  return { ok: true, batch: body as EventBatch };
}

function fail(path: string, message: string): BatchCheck {
  return { ok: false, path, message };
}
