/** @jsxRuntime classic */
/** @jsx h */
import { fill, type HandoffStrings } from '../i18n/index.ts';
import type { ResolvedChannel } from '../channels/resolve-channels.ts';
import { channelLabel, duration, languageNames, openingTime } from './format.ts';
import { h } from './preact.ts';

export interface ChannelChoiceProps {
  id: string;
  t: HandoffStrings;
  channels: ResolvedChannel[];
  selected: string;
  now: number;
  onSelect(id: string): void;
}

/** Status line of a channel: open or closed (and when it opens), reply time, languages. */
export function channelStatus(c: ResolvedChannel, t: HandoffStrings, now: number, short = false): string {
  // Short (the form's line under the choice): "open now" goes without saying when a reply time follows.
  const parts = c.open && short && c.config.replyMinutes ? [] : [c.open ? t.openNow : c.opensAt ? fill(t.closedUntil, { time: openingTime(c.opensAt, now, t.lang) }) : t.closed];
  if (c.open && c.config.replyMinutes) parts.push(fill(t.replyWithin, { time: duration(c.config.replyMinutes, t.lang) }));
  if (!c.speaksCustomer && c.config.languages) parts.push(fill(t.answeredIn, { langs: languageNames(c.config.languages, t.lang) }));
  return parts.join(' · ');
}

/** The channels as a radio group in one row, the chosen one's status below; one channel is just named, with its status. */
export function ChannelChoice({ id, t, channels, selected, now, onSelect }: ChannelChoiceProps) {
  if (channels.length === 1) {
    const c = channels[0]!;
    return (
      <p class="ay-chan-one">
        <strong>{channelLabel(c.config, t)}</strong> <span class="ay-note">{channelStatus(c, t, now)}</span>
      </p>
    );
  }
  // One row of choices; the chosen channel's status under it (the others' are read with their radio).
  return (
    <fieldset class="ay-chans">
      <legend>{t.channelLegend}</legend>
      <div class="ay-pills">
        {channels.map((c, i) => (
          <label class="ay-chan" for={`${id}c${i}`}>
            <input
              type="radio"
              id={`${id}c${i}`}
              name={`${id}c`}
              value={c.id}
              checked={c.id === selected}
              aria-describedby={`${id}s${i}`}
              onChange={() => onSelect(c.id)}
            />
            {channelLabel(c.config, t)}
          </label>
        ))}
      </div>
      {channels.map((c, i) => (
        <span id={`${id}s${i}`} class={c.id !== selected ? 'ay-sr' : c.open ? 'ay-note ay-open' : 'ay-note'}>
          {channelStatus(c, t, now, true)}
        </span>
      ))}
    </fieldset>
  );
}
