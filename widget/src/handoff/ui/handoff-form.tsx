/** @jsxRuntime classic */
/** @jsx h */
import { shownFields, type ResolvedChannel } from '../channels/resolve-channels.ts';
import { firstError, LIMITS, validate, type FieldName } from '../form/validate.ts';
import { fill, type HandoffStrings } from '../i18n/index.ts';
import type { Journey } from '../journey/types.ts';
import type { ContactField, DraftFile, HandoffDraft } from '../types.ts';
import { askedFacts, carriesFiles } from '../deliver/handoff-record.ts';
import { ChannelChoice } from './channel-choice.tsx';
import type { FactLabels } from './fact-label.ts';
import { Field } from './field.tsx';
import { FilePicker } from './file-picker.tsx';
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
  files: DraftFile[];
  /** The site's names of its identify() and data-context keys. */
  labels: FactLabels;
  onFiles(files: DraftFile[]): void;
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
 * The hand-off form, short enough for Send to show without scrolling on a
 * desktop panel: the channel, the question (prefilled with the last
 * search), optional details, the contact fields this channel needs (a name
 * or email given with identify() prefills them and is not listed again),
 * files where the collector carries the message, and what will be sent
 * with it in one line that opens for review. Checked on Send, then as the
 * customer types; Send with errors moves focus to the first field in error.
 */
export function HandoffForm({ id, t, channels, channel, draft, journey, files, labels, onFiles, now, busy, failed, onChange, onSubmit }: HandoffFormProps) {
  const [tried, setTried] = useState(false);
  // Details are optional: a button until asked for (or typed before a reload).
  const [more, setMore] = useState(!!draft.details);
  const openDetails = () => {
    setMore(true);
    setTimeout(() => fields.current.details?.focus(), 0);
  };
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
  const send = (
    <button type="submit" class="ay-btn ay-primary" aria-disabled={busy ? 'true' : undefined}>
      {submitLabel}
    </button>
  );
  return (
    <form class="ay-ho-form" noValidate onSubmit={submit}>
      <ChannelChoice id={id} t={t} channels={channels} selected={channel.id} now={now} onSelect={(c) => onChange({ channel: c })} />
      {channel.carrier !== channel.type && channel.opensAt && (
        <p class="ay-note ay-fallback">{fill(t.fallback, { time: openingTime(channel.opensAt, now, t.lang) })}</p>
      )}
      {/* "Add more details" sits on the question label's line, at its end. */}
      <div class="ay-qwrap">
        <Field {...field('question')} label={t.question} multiline value={draft.question} onInput={(question) => onChange({ question })} />
        {!more && (
          <button type="button" class="ay-link ay-more" onClick={openDetails}>
            {t.addDetails}
          </button>
        )}
      </div>
      {more && <Field {...field('details')} label={t.details} optional={t.optional} multiline value={draft.details} onInput={(details) => onChange({ details })} />}
      <div class="ay-contact">{shownFields(channel).map(contact)}</div>
      <JourneyReview
        id={id}
        t={t}
        journey={journey}
        labels={labels}
        removed={draft.removed}
        removedFacts={[...draft.removedFacts, ...askedFacts(channel)]}
        onRemove={(kind, key) =>
          onChange(kind === 'item' ? { removed: [...draft.removed, key] } : { removedFacts: [...draft.removedFacts, key] })
        }
      />
      {failed && (
        <p class="ay-err" role="alert">
          {t.failed}
        </p>
      )}
      {carriesFiles(channel) ? (
        <FilePicker id={id} t={t} files={files} onChange={onFiles}>
          {send}
        </FilePicker>
      ) : (
        send
      )}
    </form>
  );
}
