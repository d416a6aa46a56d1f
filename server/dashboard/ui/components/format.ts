/** Numbers, dates and labels as the dashboard shows them (UTC dates, like the filters). */

export const REASON_LABELS: Record<string, string> = {
  no_match: 'No match',
  weak_match: 'Weak match',
  not_helpful: 'Not helpful',
  gave_up: 'Gave up',
  asked_human: 'Asked a human',
  answered_wrongly: 'Answered wrongly',
  rephrased: 'Searched again for something else',
  came_back: 'Came back with a problem within a day',
  nothing_read: 'Read no answer',
};

export const STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  drafted: 'FAQ drafted',
  published: 'Published',
  verified: 'Verified',
};

export function percent(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined ? '—' : `${(x * 100).toFixed(digits)}%`;
}

export function number(x: number | null | undefined, digits = 0): string {
  return x === null || x === undefined ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function day(ms: number | null): string {
  return ms === null ? '—' : new Date(ms).toISOString().slice(0, 10);
}

export function dateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** "group" for 1, "groups" otherwise (the dashboard's nouns take an s). */
export function plural(n: number, noun: string): string {
  return n === 1 ? noun : `${noun}s`;
}

export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** "No match 5 · Gave up 2", largest first. */
export function reasonsText(reasons: Record<string, number>): string {
  return Object.entries(reasons)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${REASON_LABELS[r] ?? r} ${n}`)
    .join(' · ');
}
