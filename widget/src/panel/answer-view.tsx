import type { RefObject } from 'preact';
import { useId } from 'preact/hooks';
import type { UiStrings } from '../i18n/index.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { IndexedEntry } from '../search/index-format.ts';
import { FeedbackForm, type FeedbackFormProps } from './feedback-form.tsx';
import { LanguageMark } from './language-mark.tsx';

export interface AnswerViewProps extends Omit<FeedbackFormProps, 'entryId'> {
  entry: IndexedEntry;
  engine: SearchEngine;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onBack(): void;
  onOpen(entryId: string): void;
}

/** One entry: Back, the question (focused on open), the answer, feedback, related entries. */
export function AnswerView({ entry, engine, headingRef, onBack, onOpen, ...form }: AnswerViewProps) {
  const { t } = form;
  const id = useId();
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
        {/* Safe to insert: `answerHtml` was rendered from the FAQ's Markdown and sanitized at build
            time by the compiler (widget/compiler/render-answer.ts, sanitize-html with an allowlist);
            nothing typed by a customer ever reaches it. */}
        <div class="ay-answer" dangerouslySetInnerHTML={{ __html: entry.answerHtml }} />
      </article>
      <FeedbackForm entryId={entry.id} {...form} />
      {related.length > 0 && (
        <nav class="ay-rel" aria-labelledby={`${id}r`}>
          <h4 id={`${id}r`}>{t.related}</h4>
          <ul>
            {related.map((r) => (
              <li>
                <a
                  href={`#${encodeURIComponent(r.id)}`}
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
