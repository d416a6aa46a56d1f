/** @jsxRuntime classic */
/** @jsx h */
import { fill, type HandoffStrings } from '../i18n/index.ts';
import type { SentHandoff } from '../types.ts';
import { h, useState } from './preact.ts';

export interface RequestsProps {
  id: string;
  t: HandoffStrings;
  sent: SentHandoff[];
  /** Send the customer's answer to a request; resolves false when it could not be sent. */
  onAnswer?(s: SentHandoff, text: string): Promise<boolean>;
}

/** One request's answer box: a labelled text area and "Reply"; cleared while it is sent, given back if it could not be. */
function Answer({ t, s, onAnswer }: { t: HandoffStrings; s: SentHandoff; onAnswer(s: SentHandoff, text: string): Promise<boolean> }) {
  const [text, setText] = useState('');
  const [failed, setFailed] = useState(false);
  const send = (e: Event) => {
    e.preventDefault();
    const answer = text.trim();
    if (!answer) return;
    setText('');
    void onAnswer(s, answer).then((ok) => {
      setFailed(!ok);
      if (!ok) setText(answer);
    });
  };
  return (
    <form class="ay-ho-form" onSubmit={send}>
      <textarea class="ay-input ay-text" rows={2} aria-label={fill(t.answer, { reference: s.reference })} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      {failed && <p class="ay-err" role="alert">{t.failed}</p>}
      <button type="submit" class="ay-btn">{t.answerSend}</button>
    </form>
  );
}

/**
 * "Your requests": each request's reference, date and status (as the
 * collector last said: received, in progress, we replied, solved), the
 * replies from support and the customer's own answers, and an answer box
 * for the requests the collector carries. Every string is text.
 */
export function EarlierRequests({ id, t, sent, onAnswer }: RequestsProps) {
  if (sent.length === 0) return null;
  const date = new Intl.DateTimeFormat(t.lang, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="ay-earlier" aria-labelledby={`${id}e`}>
      <h4 id={`${id}e`}>{t.earlier}</h4>
      <ul>
        {sent.map((s) => (
          <li key={s.id}>
            <strong>{s.reference}</strong> <span class="ay-note">{`${date.format(s.at)} · ${s.thread && s.thread.status != 'new' ? t.thread[s.thread.status] : t.status[s.status]}`}</span>
            <p>{s.question}</p>
            {s.thread && s.thread.messages.length > 0 && (
              <ol>
                {s.thread.messages.map((m) => (
                  <li class="ay-msg">
                    <small>{`${m.from === 'agent' ? t.fromAgent : t.fromYou} · ${date.format(m.at)}`}</small>
                    <p>{m.text}</p>
                  </li>
                ))}
              </ol>
            )}
            {s.thread && onAnswer && <Answer t={t} s={s} onAnswer={onAnswer} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
