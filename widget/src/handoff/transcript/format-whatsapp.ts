/**
 * The WhatsApp hand-off: a `wa.me` link whose prefilled message (written as
 * the customer, in their language) holds the question, the details, the
 * reference and the short transcript. The whole URL stays within
 * `maxUrl` characters: the longest parts are trimmed first (with "…"), and
 * dropped when little is left of them; the reference is never touched.
 */
import { fill } from '../i18n/index.ts';
import type { Transcript } from './build-transcript.ts';

/** Links longer than this are cut by some browsers, proxies and QR codes. */
export const MAX_WHATSAPP_URL = 2000;
/** A part trimmed below this many characters says too little: it is dropped instead. */
const MIN_PART = 30;

interface Part {
  text: string;
  /** Never trimmed (the reference). */
  fixed?: boolean;
  /** Trimmed, but not below MIN_PART (the question: the message's point). */
  kept?: boolean;
}

const chars = (s: string): string[] => Array.from(s);

function trimTo(text: string, length: number): string {
  const c = chars(text);
  return length >= c.length ? text : length < MIN_PART ? '' : `${c.slice(0, length - 1).join('').trimEnd()}…`;
}

function message(parts: Part[]): string {
  return parts.map((p) => p.text).filter(Boolean).join('\n');
}

export function whatsappUrl(number: string, text: string): string {
  return `https://wa.me/${number.replace(/\D/g, '')}?text=${encodeURIComponent(text)}`;
}

/** The prefilled message for `t`, short enough for a link to `number` of at most `maxUrl` characters. */
export function whatsappMessage(t: Transcript, number: string, maxUrl = MAX_WHATSAPP_URL): string {
  const { labels } = t;
  const parts: Part[] = [
    { text: fill(labels.whatsappHello, { q: t.question }), kept: true },
    { text: t.details },
    { text: fill(labels.whatsappReference, { r: t.reference }), fixed: true },
    ...(t.steps.length ? [{ text: labels.whatsappSteps, fixed: true }] : []),
    ...t.steps.map((s) => ({ text: `- ${s.text}` })),
  ];
  for (;;) {
    const over = whatsappUrl(number, message(parts)).length - maxUrl;
    if (over <= 0) break;
    const trimmable = (p: Part) => !p.fixed && p.text && !(p.kept && chars(p.text).length <= MIN_PART);
    const longest = parts.filter(trimmable).sort((a, b) => chars(b.text).length - chars(a.text).length)[0];
    if (!longest) break;
    // An encoded character takes 1 to 12 URL characters: cutting over/12 never cuts too much.
    const length = chars(longest.text).length - Math.max(1, Math.ceil(over / 12));
    longest.text = trimTo(longest.text, longest.kept ? Math.max(length, MIN_PART) : length);
  }
  // A steps heading with no step left says nothing.
  if (t.steps.length && parts.slice(4).every((p) => !p.text)) parts[3]!.text = '';
  return message(parts);
}

/** The `wa.me` link: message and URL within `maxUrl`. */
export function whatsappLink(t: Transcript, number: string, maxUrl = MAX_WHATSAPP_URL): string {
  return whatsappUrl(number, whatsappMessage(t, number, maxUrl));
}
