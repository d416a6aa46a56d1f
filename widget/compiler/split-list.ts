/**
 * List-valued fields (alternates, tags, related, pages, context) accept a
 * real list or one string with separators: alternates split on "|", the
 * others on "," or "|".
 */

export type ListResult = { ok: true; items: string[] } | { ok: false; message: string };

export const LIST_SEPARATORS = {
  alternates: /\|/,
  tags: /[,|]/,
  related: /[,|]/,
  pages: /[,|]/,
  context: /[,|]/,
} as const;

export type ListField = keyof typeof LIST_SEPARATORS;

/** Items trimmed, NFC-normalised, empties and repeats dropped, order kept. */
export function splitList(value: unknown, field: ListField): ListResult {
  if (value === undefined || value === null) return { ok: true, items: [] };
  let parts: string[];
  if (typeof value === 'string') {
    parts = value.split(LIST_SEPARATORS[field]);
  } else if (Array.isArray(value)) {
    const bad = value.find((v) => typeof v !== 'string');
    if (bad !== undefined) {
      return { ok: false, message: `must be a list of texts, found ${describe(bad)}` };
    }
    parts = value as string[];
  } else {
    return { ok: false, message: `must be a list or a text, found ${describe(value)}` };
  }
  const items: string[] = [];
  for (const part of parts) {
    const item = part.normalize('NFC').trim();
    if (item !== '' && !items.includes(item)) items.push(item);
  }
  return { ok: true, items };
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `text "${value}"`;
  return `${typeof value} ${String(value)}`;
}
