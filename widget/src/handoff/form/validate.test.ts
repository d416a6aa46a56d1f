import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import type { HandoffDraft } from '../types.ts';
import { firstError, isEmail, isPhone, validate } from './validate.ts';

const draft = (d: Partial<HandoffDraft> = {}): HandoffDraft => ({ channel: 'inbox', question: 'Where is my order?', details: '', contact: {}, removed: [], removedFacts: [], updated: 0, ...d });

describe('validate', () => {
  it('needs the question, and the contact fields of the channel', () => {
    expect(validate(draft({ question: '  ' }), ['email'], en)).toEqual({ question: en.errors.question, email: en.errors.email });
    expect(validate(draft({ contact: { email: 'ana@example.com' } }), ['email'], en)).toEqual({});
    expect(validate(draft(), ['name', 'phone'], en)).toEqual({ name: en.errors.name, phone: en.errors.phone });
    expect(validate(draft(), [], en)).toEqual({});
  });

  it('checks the format of optional fields too', () => {
    expect(validate(draft({ contact: { email: 'ana@', phone: '12' } }), [], en)).toEqual({ email: en.errors.emailFormat, phone: en.errors.phoneFormat });
  });

  it('names the first field in error in form order', () => {
    expect(firstError({ phone: 'x', question: 'y' })).toBe('question');
    expect(firstError({})).toBeUndefined();
  });

  it.each([
    ['ana@example.com', true],
    ['ana.gil+pedidos@correo.es', true],
    ['ana@example', false],
    ['ana example.com', false],
    ['<ana@example.com>', false],
    ['a@b.c,d@e.f', false],
  ])('email %s → %s', (text, ok) => expect(isEmail(text)).toBe(ok));

  it.each([
    ['+34 600 111 222', true],
    ['(555) 123-4567', true],
    ['600111', true],
    ['12345', false],
    ['+34 600 111 222 333 444', false],
    ['600-CALL-ME', false],
  ])('phone %s → %s', (text, ok) => expect(isPhone(text)).toBe(ok));
});
