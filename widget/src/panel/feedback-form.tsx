import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { UiStrings } from '../i18n/index.ts';
import type { Feedback } from './state.ts';
import { HandoffSlot } from './handoff-slot.tsx';

export interface FeedbackFormProps {
  t: UiStrings;
  query: string;
  entryId: string;
  feedback: Feedback;
  onHelpful(helpful: boolean): void;
  onComment(text: string): void;
  onSend(): void;
  /** Open the hand-off to a person (unset: the site offers none). */
  onHandoff?: () => void;
}

export const MAX_COMMENT = 500;

/**
 * "Did this answer your question? Yes / No". No reveals an optional "What
 * was missing?" box and Send; then a thank-you. Focus follows each step
 * (the button pressed disappears), so keyboard and screen reader users
 * land on what replaced it.
 */
export function FeedbackForm({ t, feedback, onHelpful, onComment, onSend, onHandoff }: FeedbackFormProps) {
  const id = useId();
  const next = useRef<HTMLParagraphElement & HTMLTextAreaElement>(null);
  const acted = useRef(false);
  useLayoutEffect(() => {
    if (acted.current) next.current?.focus();
  }, [feedback.helpful, feedback.sent]);
  const act = (then: () => void) => () => {
    acted.current = true;
    then();
  };

  if (feedback.sent) {
    return <p ref={next} tabIndex={-1} class="ay-fb">{t.thanks}</p>;
  }
  if (feedback.helpful === false) {
    return (
      <form
        class="ay-fb"
        onSubmit={(e) => {
          e.preventDefault();
          act(onSend)();
        }}
      >
        <label for={id}>{t.missing}</label>
        <textarea
          ref={next}
          id={id}
          class="ay-text"
          rows={3}
          maxLength={MAX_COMMENT}
          value={feedback.comment}
          onInput={(e) => onComment(e.currentTarget.value)}
        />
        <button type="submit" class="ay-btn ay-primary">{t.send}</button>
        <HandoffSlot label={t.handoff} onHandoff={onHandoff} />
      </form>
    );
  }
  return (
    <div class="ay-fb" role="group" aria-labelledby={id}>
      <p id={id}>{t.helpful}</p>
      <div>
        <button type="button" class="ay-btn" onClick={act(() => onHelpful(true))}>{t.yes}</button>
        <button type="button" class="ay-btn" onClick={act(() => onHelpful(false))}>{t.no}</button>
      </div>
    </div>
  );
}
