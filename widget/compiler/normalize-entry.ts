/**
 * One raw entry → a FaqEntry: texts trimmed and NFC-normalised, lists split,
 * answer rendered and sanitized, id derived when missing, locale resolved
 * (entry > file default > --locale > guessed). Errors go to `errors`.
 */
import { createHash } from 'node:crypto';
import type { FaqEntry, FaqError } from '../src/faq/types.ts';
import { guessLocale } from './guess-locale.ts';
import { invalidLocaleMessage, normalizeLocale } from './locale-tag.ts';
import { type EntryField, type RawEntry, faqError } from './raw-entry.ts';
import { renderAnswer } from './render-answer.ts';
import { holdsPlaceholder } from './answer-placeholder.ts';
import { slugify } from './slugify.ts';
import { type ListField, describe, splitList } from './split-list.ts';

/** A normalised entry plus what cross-entry checks need to point at lines. */
export interface PendingEntry {
  entry: FaqEntry;
  file: string;
  idLine: number;
  idDerived: boolean;
  relatedLine: number;
  /** False when this entry had errors: its id still counts, but it is not output. */
  valid: boolean;
}

export interface LocaleDefaults {
  /** The file's default locale, already normalised. */
  file?: string;
  /** The --locale flag, already normalised. */
  flag?: string;
}

export function normalizeEntry(raw: RawEntry, defaults: LocaleDefaults, errors: FaqError[]): PendingEntry {
  const before = errors.length;
  const fail = (field: EntryField, message: string) =>
    errors.push(faqError(raw.file, raw.fields[field]?.line ?? raw.line, field, message));

  const text = (field: EntryField): string => {
    const value = raw.fields[field]?.value;
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') {
      fail(field, `must be a text, found ${describe(value)}`);
      return '';
    }
    return value.normalize('NFC').trim();
  };
  const list = (field: ListField): string[] => {
    const result = splitList(raw.fields[field]?.value, field);
    if (result.ok) return result.items;
    fail(field, result.message);
    return [];
  };
  const missing = (field: EntryField, what: string) => {
    const hint = raw.fields[field]?.hint;
    fail(field, hint ? `${what}: ${hint}` : what);
  };

  const question = text('question');
  if (question === '' && errors.length === before) {
    const given = raw.fields.question !== undefined && raw.fields.question.value !== undefined;
    missing('question', given ? 'empty question: the question text is blank' : 'missing question');
  }
  const answerSource = text('answer');
  let answer = { html: '', text: '' };
  if (answerSource === '') {
    if (!errors.some((e, i) => i >= before && e.field === 'answer')) {
      missing('answer', 'missing answer: this question has no answer text');
    }
  } else {
    answer = renderAnswer(answerSource);
    if (holdsPlaceholder(answerSource)) {
      fail('answer', 'still holds the placeholder "TODO: write the answer here" from the dashboard\'s snippet: write the answer before building');
    } else if (answer.text === '' && !answer.html.includes('<img')) {
      fail('answer', 'the answer is empty once unsafe HTML is removed');
    }
  }
  const alternates = list('alternates');
  const tags = list('tags');
  const related = list('related');
  // Where the entry belongs: page path patterns and `data-context` values (the panel opens with it first there).
  const pages = list('pages');
  const bad = pages.find((p) => !/^(\/|\*)\S*$/.test(p));
  if (bad !== undefined) fail('pages', `page pattern "${bad}" must be a path starting with "/" ("*" matches any characters: /producto/*)`);
  // The value lower-cased: the panel compares the page's `data-context` value without case.
  const context = list('context').map((c) => c.replace(/=.*/, (v) => v.toLowerCase()));
  const badContext = context.find((c) => !/^[^=\s]+=[^=]+$/.test(c));
  if (badContext !== undefined) fail('context', `context "${badContext}" must be key=value, as in data-context (category=aspiradoras)`);

  let id = text('id');
  const idDerived = id === '';
  if (idDerived) {
    id = slugify(question) || (question ? `entry-${createHash('sha256').update(question).digest('hex').slice(0, 8)}` : '');
  } else if (/[\s,|]/.test(id)) {
    fail('id', `id "${id}" may not contain spaces, "," or "|"`);
  }

  let locale: string | undefined;
  const localeText = text('locale');
  if (localeText !== '') {
    locale = normalizeLocale(localeText);
    if (!locale) fail('locale', invalidLocaleMessage(localeText));
  }
  locale ??= defaults.file ?? defaults.flag ?? guessLocale([question, ...alternates, answer.text].join(' '));

  return {
    entry: { id, question, answerHtml: answer.html, answerText: answer.text, alternates, tags, locale, related, ...(pages.length ? { pages } : {}), ...(context.length ? { context } : {}) },
    file: raw.file,
    idLine: raw.fields.id?.line ?? raw.line,
    idDerived,
    relatedLine: raw.fields.related?.line ?? raw.line,
    valid: errors.length === before,
  };
}
