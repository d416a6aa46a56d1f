/**
 * Validate a parsed POST /v1/handoffs body against the shared hand-off
 * schema (widget/src/handoff/schema.ts) and name the FIRST bad field as a
 * JSON path ("journey.items[2].query") with a short reason. Journey items
 * are checked against the schema of their own `kind`, so the reason is
 * precise. Messages come from the schema only; input is never echoed.
 */
import { Type } from 'typebox';
import { Compile } from 'typebox/compile';
import { HandoffSchema, JourneyItemSchemaByKind, MAX_JOURNEY_ITEMS } from '../../widget/src/handoff/schema.ts';
import type { HandoffRecord } from '../../widget/src/handoff/types.ts';

type Validator = ReturnType<typeof Compile>;
type Kind = keyof typeof JourneyItemSchemaByKind;

const envelope: Validator = Compile(
  Type.Object(
    {
      ...HandoffSchema.properties,
      journey: Type.Object(
        { ...HandoffSchema.properties.journey.properties, items: Type.Array(Type.Unknown(), { maxItems: MAX_JOURNEY_ITEMS }) },
        { additionalProperties: false },
      ),
    },
    { additionalProperties: false },
  ),
);
const byKind = Object.fromEntries(Object.entries(JourneyItemSchemaByKind).map(([k, s]) => [k, Compile(s)])) as Record<Kind, Validator>;

export type HandoffCheck = { ok: true; record: HandoffRecord } | { ok: false; path: string; message: string };

interface SchemaError {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}

const SAFE_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

function join(base: string, segments: string[]): string {
  return segments.reduce((out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : SAFE_KEY.test(s) ? (out ? `${out}.${s}` : s) : out), base) || '$';
}

function firstError(validator: Validator, value: unknown, base: string): HandoffCheck {
  for (const err of validator.Errors(value) as Iterable<SchemaError>) {
    if (err.keyword === 'boolean') continue;
    const segments = err.instancePath.split('/').slice(1);
    if (err.keyword === 'required') {
      const missing = ((err.params.requiredProperties as string[] | undefined) ?? [])[0] ?? '?';
      const target = segments.reduce<unknown>((v, s) => (v as Record<string, unknown> | undefined)?.[s], value);
      const absent = ((err.params.requiredProperties as string[] | undefined) ?? []).find((k) => !(typeof target === 'object' && target && k in target)) ?? missing;
      return { ok: false, path: join(base, [...segments, absent]), message: 'is required' };
    }
    if (err.keyword === 'additionalProperties') return { ok: false, path: join(base, segments), message: 'has a field that is not allowed' };
    const p = err.params;
    const message =
      err.keyword === 'maxLength' ? `must be at most ${String(p.limit)} characters`
      : err.keyword === 'minLength' ? `must be at least ${String(p.limit)} characters`
      : err.keyword === 'maxItems' ? `must have at most ${String(p.limit)} items`
      : err.keyword === 'pattern' ? 'has a bad format'
      : err.keyword === 'enum' ? `must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`
      : err.message.slice(0, 120);
    return { ok: false, path: join(base, segments), message };
  }
  return { ok: false, path: base || '$', message: 'is invalid' };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * @example
 * const r = checkHandoff(request.body);
 * if (!r.ok) throw new HttpError(400, 'invalid_body', r.path, r.message);
 */
export function checkHandoff(body: unknown): HandoffCheck {
  if (!isObject(body)) return { ok: false, path: '$', message: 'must be a JSON object' };
  if (!envelope.Check(body)) return firstError(envelope, body, '');
  const items = (body.journey as { items: unknown[] }).items;
  for (let i = 0; i < items.length; i++) {
    const at = `journey.items[${i}]`;
    const item = items[i];
    if (!isObject(item)) return { ok: false, path: at, message: 'must be an object' };
    const validator = typeof item.kind === 'string' ? byKind[item.kind as Kind] : undefined;
    if (!validator) return { ok: false, path: `${at}.kind`, message: `must be one of ${Object.keys(byKind).join(', ')}` };
    if (!validator.Check(item)) return firstError(validator, item, at);
  }
  return { ok: true, record: body as unknown as HandoffRecord };
}
