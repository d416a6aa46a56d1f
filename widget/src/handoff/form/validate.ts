/**
 * The hand-off form's rules, pure: what is required (the question always;
 * contact fields as the chosen channel needs them) and what is well formed.
 * Limits match the collector's schema (../schema.ts).
 */
import type { HandoffStrings } from '../i18n/types.ts';
import type { ContactField, HandoffDraft } from '../types.ts';

export type FieldName = 'question' | 'details' | ContactField;

/** Fields in the order the form shows them (the first error gets focus). */
export const FIELD_ORDER: readonly FieldName[] = ['question', 'details', 'name', 'email', 'phone'];

export const LIMITS: Record<FieldName, number> = { question: 2000, details: 5000, name: 120, email: 254, phone: 40 };

const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;
const PHONE = /^\+?[0-9 ().-]+$/;

export function isEmail(text: string): boolean {
  return text.length <= LIMITS.email && EMAIL.test(text);
}

export function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return text.length <= LIMITS.phone && PHONE.test(text) && digits >= 6 && digits <= 15;
}

export type FieldErrors = Partial<Record<FieldName, string>>;

/** Errors of `draft` when sent through a channel that needs `required`, in form order. */
export function validate(draft: HandoffDraft, required: readonly ContactField[], t: HandoffStrings): FieldErrors {
  const errors: FieldErrors = {};
  const value = (f: ContactField) => draft.contact[f]?.trim() ?? '';
  if (!draft.question.trim()) errors.question = t.errors.question;
  if (required.includes('name') && !value('name')) errors.name = t.errors.name;
  if (required.includes('email') && !value('email')) errors.email = t.errors.email;
  else if (value('email') && !isEmail(value('email'))) errors.email = t.errors.emailFormat;
  if (required.includes('phone') && !value('phone')) errors.phone = t.errors.phone;
  else if (value('phone') && !isPhone(value('phone'))) errors.phone = t.errors.phoneFormat;
  return errors;
}

export function firstError(errors: FieldErrors): FieldName | undefined {
  return FIELD_ORDER.find((f) => errors[f]);
}
