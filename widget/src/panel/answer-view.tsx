import type { RefObject } from 'preact';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { AyudaOptions } from '../core/contract.ts';
import type { UiStrings } from '../i18n/index.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { IndexedEntry } from '../search/index-format.ts';
import { answerMarkup, answerText } from './answer-html.ts';
import { answerNow, loadAnswer } from './answers.ts';
import { FeedbackForm, type FeedbackFormProps } from './feedback-form.tsx';
import { LanguageMark } from './language-mark.tsx';

export interface AnswerViewProps extends Omit<FeedbackFormProps, 'entryId'> {
  entry: IndexedEntry;
  engine: SearchEngine;
  /** The index option: where the answer's chunk is, when the index does not carry it (./answers.ts). */
  index: AyudaOptions['index'];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onBack(): void;
  onOpen(entryId: string): void;
}

/**
 * The answer: its HTML (safe to insert: rendered from the FAQ's Markdown and sanitized at build
 * time by the compiler, widget/compiler/render-answer.ts; nothing typed by a customer ever reaches
 * it) through the `ayuda` Trusted Types policy, or its text where the page does not allow that.
 */
export function AnswerBody({ html, class: className = 'ay-answer', id, hidden }: { html: string; class?: string; id?: string; hidden?: boolean }) {
  // One value per answer: Preact sets the HTML again only when the value changes.
  const markup = useMemo(() => answerMarkup(html), [html]);
  return markup ? (
    <div class={className} id={id} hidden={hidden} dangerouslySetInnerHTML={markup} />
  ) : (
    <div class={className} id={id} hidden={hidden}>
      {answerText(html).map((line) => (
        <p>{line}</p>
      ))}
    </div>
  );
}

/**
 * One entry: Back, the question (focused on open), the answer, feedback, related entries.
 * An answer whose chunk has not arrived: "Loading…", then the answer, or an error and a retry.
 */
export function AnswerView({ entry, engine, index, headingRef, onBack, onOpen, ...form }: AnswerViewProps) {
  const { t } = form;
  const id = useId();
  // undefined while its chunk loads, null when that failed.
  const [html, setHtml] = useState<string | null | undefined>(() => answerNow(entry));
  useEffect(() => {
    if (html === undefined) loadAnswer(index, entry).then(setHtml, () => setHtml(null));
  }, [html]);
  const related = entry.related.map((r) => engine.entry(r)).filter((e) => !!e);
  return (
    <>
      <button type="button" class="ay-icon ay-back" onClick={onBack}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M19 12H5m6-6-6 6 6 6" /></svg>
        {t.back}
      </button>
      <article lang={entry.locale} aria-labelledby={`${id}q`}>
        <h3 ref={headingRef} id={`${id}q`} tabIndex={-1} class="ay-q">{entry.question}</h3>
        <LanguageMark ui={engine.ui} lang={t.lang} locale={entry.locale} />
        {html != null ? (
          <AnswerBody html={html} />
        ) : html === null ? (
          <div class="ay-none" role="alert">
            <p>{t.answerError}</p>
            <button type="button" class="ay-btn" onClick={() => setHtml(undefined)}>{t.retry}</button>
          </div>
        ) : (
          <p role="status" class="ay-h">{t.loading}</p>
        )}
      </article>
      {html != null && <FeedbackForm entryId={entry.id} {...form} />}
      {related.length > 0 && (
        <nav class="ay-rel" aria-labelledby={`${id}r`}>
          <h4 id={`${id}r`}>{t.related}</h4>
          <ul>
            {related.map((r) => (
              <li>
                <a
                  href={`#faq/${encodeURIComponent(r.id)}`}
                  lang={r.locale}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpen(r.id);
                  }}
                >
                  {r.question}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
