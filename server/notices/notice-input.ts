/**
 * What a lead sends to publish or change a notice, checked with TypeBox.
 * Refusals name the field as a path (`content.es.title`, `ends_at`,
 * `paths[1]`) and never echo the input (server/validate/first-error.ts).
 */
import { Type, type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { EntryId, EpochMs, SiteKey } from '../../widget/src/events/schema.ts';
import { SEVERITIES } from '../../widget/src/notices/types.ts';
import { firstSchemaError, isObject, type Refusal } from '../validate/first-error.ts';

const strict = { additionalProperties: false } as const;
/** The languages a notice is written in (the dashboard's and the demo's). */
export const NOTICE_LOCALES = ['es', 'en'] as const;

const Text = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 140 }),
    /** Markdown, rendered and sanitized like FAQ answers. */
    body: Type.String({ maxLength: 4000 }),
  },
  strict,
);

export const NoticeInput = Type.Object(
  {
    site: SiteKey,
    severity: Type.Enum(SEVERITIES),
    starts_at: EpochMs,
    ends_at: EpochMs,
    content: Type.Object({ es: Type.Optional(Text), en: Type.Optional(Text) }, strict),
    paths: Type.Array(Type.String({ minLength: 1, maxLength: 200, pattern: '^/[^\\s#?]*$' }), { maxItems: 20 }),
    contexts: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20 }),
    about: Type.String({ maxLength: 1000 }),
    entries: Type.Array(EntryId, { maxItems: 20 }),
    words: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 }),
  },
  strict,
);
export type NoticeFields = Static<typeof NoticeInput>;

const check = Compile(NoticeInput);

export type NoticeCheck = { ok: true; fields: NoticeFields } | Refusal;

/**
 * @example
 * const r = checkNoticeInput(request.body);
 * if (!r.ok) throw new HttpError(400, 'invalid_notice', r.path, r.message);
 */
export function checkNoticeInput(body: unknown): NoticeCheck {
  if (!isObject(body)) return { ok: false, path: '$', message: 'must be a JSON object' };
  if (!check.Check(body)) return firstSchemaError(check, body, '');
  const input = body as NoticeFields;
  const locales = NOTICE_LOCALES.filter((l) => input.content[l]);
  if (!locales.length) return { ok: false, path: 'content.es.title', message: 'is required (write the notice in at least one language)' };
  for (const l of locales) if (!input.content[l]!.title.trim()) return { ok: false, path: `content.${l}.title`, message: 'is required' };
  if (input.ends_at <= input.starts_at) return { ok: false, path: 'ends_at', message: 'must be after the start' };
  const clean = (list: string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))];
  return {
    ok: true,
    fields: { ...input, paths: clean(input.paths), contexts: clean(input.contexts), entries: clean(input.entries), words: clean(input.words), about: input.about.trim() },
  };
}
