/**
 * A failed request in the user's words. The API answers `{ error, path,
 * message }` with `message` in English: the dashboard shows its own text for
 * the error's code or, for a refused field, what that field must hold; the
 * server's words only for a refusal it does not know.
 */
import { ApiError } from '../api.ts';
import type { I18n } from './i18n.ts';
import type { RefusalCode, RefusedField } from './types.ts';

/** The form field an error's path names: "origins[1]" → origins, "handoff.webhook.secret" → webhook_secret, "body.fixed_on" → fixed_on. */
export function fieldOf(path: string, t: I18n): RefusedField | undefined {
  const p = path.replace(/^body\./, '');
  const handoff = /^handoff\.(email|webhook)\.?([a-z]*)/.exec(p);
  const field = handoff ? `${handoff[1]}_${handoff[2] || (handoff[1] === 'email' ? 'to' : 'url')}` : /^[a-z_]+/.exec(p)?.[0];
  return field && Object.hasOwn(t.s.errors.fields, field) ? (field as RefusedField) : undefined;
}

/** Why `err` happened, and the field it is about, if any. */
export function refusal(err: unknown, t: I18n): { field?: RefusedField; text: string } {
  const e = t.s.errors;
  if (!(err instanceof ApiError)) return { text: e.network };
  if (err.status >= 500) return { text: e.server };
  if (Object.hasOwn(e.codes, err.error)) return { text: e.codes[err.error as RefusalCode] };
  const field = fieldOf(err.path, t);
  if (field) return { field, text: e.fields[field] };
  return { text: t.fill(e.refused, { detail: err.message }) };
}

/** The refusal as one sentence, its field named first: "Allowed origins: must be…". */
export function errorText(err: unknown, t: I18n): string {
  const { field, text } = refusal(err, t);
  return field ? `${t.s.errors.fieldNames[field]}: ${text}` : text;
}
