/** @jsxRuntime classic */
/** @jsx h */
import { shownFields, type ResolvedChannel } from '../channels/resolve-channels.ts';
import { firstError, LIMITS, validate, type FieldName } from '../form/validate.ts';
import { fill, type HandoffStrings } from '../i18n/index.ts';
import type { Journey } from '../journey/types.ts';
import type { ContactField, HandoffDraft } from '../types.ts';
import { ChannelChoice } from './channel-choice.tsx';
import { Field } from './field.tsx';
import { openingTime } from './format.ts';
import { JourneyReview } from './journey-review.tsx';
import { h, useRef, useState } from './preact.ts';

export interface HandoffFormProps {
  id: string;
  t: HandoffStrings;
  channels: ResolvedChannel[];
  channel: ResolvedChannel;
  draft: HandoffDraft;
  journey: Journey | undefined;
  now: number;
  busy: boolean;
  failed: boolean;
  onChange(change: Partial<HandoffDraft>): void;
  onSubmit(): void;
}

const INPUT: Record<ContactField, { type: 'text' | 'email' | 'tel'; autoComplete: string }> = {
  name: { type: 'text', autoComplete: 'name' },
  email: { type: 'email', autoComplete: 'email' },
  phone: { type: 'tel', autoComplete: 'tel' },
};

/**
 * The hand-off form: the channel, the question (prefilled with the last
 * search), optional details, the contact fields this channel needs, and
 * what will be sent with it. Checked on Send, then as the customer types;
 * Send with errors moves focus to the first field in error.
 */
export function HandoffForm({ id, t, channels, channel, draft, journey, now, busy, failed, onChange, onSubmit }: HandoffFormProps) {
  const [tried, setTried] = useState(false);
  const fields = useRef<Partial<Record<FieldName, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const errors = tried ? validate(draft, channel.fields, t) : {};
  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setTried(true);
    const first = firstError(validate(draft, channel.fields, t));
    if (first) fields.current[first]?.focus();
    else onSubmit();
  };
  const field = (name: FieldName) => ({
    id: `${id}${name}`,
    maxLength: LIMITS[name],
    error: errors[name],
    inputRef: (el: HTMLInputElement | HTMLTextAreaElement | null) => void (fields.current[name] = el),
  });
  const contact = (name: ContactField) => (
    <Field
      {...field(name)}
      {...INPUT[name]}
      label={t[name]}
      optional={channel.fields.includes(name) ? undefined : t.optional}
      value={draft.contact[name] ?? ''}
      onInput={(value) => onChange({ contact: { ...draft.contact, [name]: value } })}
    />
  );
  const submitLabel = busy ? t.sending : channel.carrier === 'whatsapp' ? t.openWhatsApp : channel.carrier === 'chat' ? t.openChat : t.send;
  return (
    <form class="ay-ho-form" noValidate onSubmit={submit}>
      <ChannelChoice id={id} t={t} channels={channels} selected={channel.id} now={now} onSelect={(c) => onChange({ channel: c })} />
      {channel.carrier !== channel.type && channel.opensAt && (
        <p class="ay-note ay-fallback">{fill(t.fallback, { time: openingTime(channel.opensAt, now, t.lang) })}</p>
      )}
      <Field {...field('question')} label={t.question} multiline value={draft.question} onInput={(question) => onChange({ question })} />
      <Field {...field('details')} label={t.details} optional={t.optional} multiline value={draft.details} onInput={(details) => onChange({ details })} />
      {shownFields(channel).map(contact)}
      <JourneyReview
        id={id}
        t={t}
        journey={journey}
        removed={draft.removed}
        removedFacts={draft.removedFacts}
        onRemove={(kind, key) =>
          onChange(kind === 'item' ? { removed: [...draft.removed, key] } : { removedFacts: [...draft.removedFacts, key] })
        }
      />
      {failed && (
        <p class="ay-err" role="alert">
          {t.failed}
        </p>
      )}
      <button type="submit" class="ay-btn ay-primary" aria-disabled={busy ? 'true' : undefined}>
        {submitLabel}
      </button>
    </form>
  );
}
