/**
 * One transcript of a hand-off, in words, before any format: a header of
 * facts, the question and details, the steps the customer took in help and
 * what the site passed about them. Every output (plain text, HTML email,
 * WhatsApp message, webhook JSON, inbox) is made from this. Pure: strings
 * are the customer's own, unescaped; each format escapes for its medium.
 */
import { fill } from '../i18n/index.ts';
import type { JourneyItem } from '../journey/types.ts';
import type { HandoffRecord } from '../types.ts';
import { transcriptLabels, type TranscriptLabels } from './labels.ts';

export interface TranscriptStep {
  /** "10:42" in the customer's time zone. */
  time: string;
  text: string;
}

export interface Transcript {
  labels: TranscriptLabels;
  /** "Hand-off AY-7K3-Q9F". */
  title: string;
  reference: string;
  /** [label, value] rows: channel, from, phone, page, language, time zone, sent. */
  facts: [string, string][];
  question: string;
  details: string;
  steps: TranscriptStep[];
  /** identify() traits and data-context. */
  site: [string, string][];
}

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
  }
}

export function stepText(item: JourneyItem, labels: TranscriptLabels): string {
  switch (item.kind) {
    case 'search': {
      const text = fill(labels.searched, { q: item.query, d: labels.decision[item.decision] });
      const top = item.results.map((r) => r.title).join('; ');
      return top ? `${text} (${fill(labels.top, { r: top })})` : text;
    }
    case 'read':
      return fill(labels.read, { t: item.title }) + (item.ms !== undefined ? ` (${Math.round(item.ms / 1000)} s)` : '');
    case 'feedback':
      return fill(item.helpful ? labels.helpful : labels.notHelpful, { t: item.title }) + (item.comment ? `: “${item.comment}”` : '');
    case 'page':
      return fill(labels.visited, { t: item.title || item.path, p: item.path });
  }
}

export function buildTranscript(record: HandoffRecord): Transcript {
  const labels = transcriptLabels(record.locale);
  const clock = formatter(record.locale, record.timeZone, { hour: '2-digit', minute: '2-digit' });
  const stamp = formatter(record.locale, record.timeZone, { dateStyle: 'medium', timeStyle: 'short' });
  const { name, email, phone } = record.contact;
  const from = [name, email && (name ? `<${email}>` : email)].filter(Boolean).join(' ');
  const channel = record.requested ? `${record.channel} (${fill(labels.requested, { c: record.requested })})` : record.channel;
  const facts: [string, string][] = [
    [labels.channel, record.vendor ? `${channel}: ${record.vendor}` : channel],
    ...(from ? [[labels.from, from] as [string, string]] : []),
    ...(phone ? [[labels.phone, phone] as [string, string]] : []),
    [labels.page, record.path],
    [labels.language, record.locale],
    [labels.timeZone, record.timeZone],
    [labels.sent, stamp.format(record.at)],
  ];
  const { journey } = record;
  return {
    labels,
    title: `${labels.handoff} ${record.reference}`,
    reference: record.reference,
    facts,
    question: record.question,
    details: record.details,
    steps: journey.items.map((item) => ({ time: clock.format(item.at), text: stepText(item, labels) })),
    site: [...Object.entries(journey.traits), ...Object.entries(journey.context)].map(([k, v]) => [k, String(v)]),
  };
}
