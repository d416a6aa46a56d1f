/**
 * Words for the hand-off view, in the customer's language and time zone:
 * the next opening ("9:00", "Monday 9:00"), reply times ("2 hours"),
 * language names, and each journey item as the customer reads it.
 */
import { fill, type HandoffStrings } from '../i18n/index.ts';
import type { JourneyItem } from '../journey/types.ts';
import type { ChannelConfig } from '../types.ts';

/** "9:00" today, "Monday 9:00" another day (in the customer's own time zone). */
export function openingTime(at: number, now: number, lang: string): string {
  const time = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(at);
  const day = (ms: number) => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'numeric', day: 'numeric' }).format(ms);
  if (day(at) === day(now)) return time;
  return `${new Intl.DateTimeFormat(lang, { weekday: 'long' }).format(at)} ${time}`;
}

/** "30 minutes", "2 hours", "1 day". */
export function duration(minutes: number, lang: string): string {
  const [value, unit] = minutes < 60 ? [minutes, 'minute'] : minutes < 1440 ? [Math.round(minutes / 60), 'hour'] : [Math.round(minutes / 1440), 'day'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** "English, Spanish" in `lang`. */
export function languageNames(tags: readonly string[], lang: string): string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(lang, { type: 'language' });
  } catch {
    // old browsers: the tags themselves
  }
  return tags.map((tag) => names?.of(tag) ?? tag).join(', ');
}

/** The channel's name on its choice. */
export function channelLabel(config: ChannelConfig, t: HandoffStrings): string {
  const { label } = config;
  if (typeof label === 'string') return label;
  return label?.[t.lang] ?? label?.en ?? t.channel[config.type];
}

/** A journey item as the customer reads it (what will be sent). */
export function itemText(item: JourneyItem, t: HandoffStrings): string {
  const s = t.item;
  switch (item.kind) {
    case 'search':
      return fill(s.search, { q: item.query }) + (item.decision === 'answered' ? '' : ` (${item.decision === 'none' ? s.none : s.weak})`);
    case 'read':
      return fill(s.read, { t: item.title }) + (item.ms ? ` (${fill(s.seconds, { s: Math.round(item.ms / 1000) })})` : '');
    case 'feedback':
      return fill(item.helpful ? s.helpful : s.notHelpful, { t: item.title }) + (item.comment ? `: “${item.comment}”` : '');
    case 'page':
      return fill(s.page, { t: item.title || item.path, p: item.path });
  }
}
