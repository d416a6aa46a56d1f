/** Locale tags: lower case, "_" accepted as "-" ("es_MX" → "es-mx"). */

const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/** The normalised tag, or undefined when `value` does not look like a BCP 47 tag. */
export function normalizeLocale(value: string): string | undefined {
  const tag = value.trim().toLowerCase().replace(/_/g, '-');
  return TAG.test(tag) ? tag : undefined;
}

export function invalidLocaleMessage(value: string): string {
  return `"${value}" is not a language tag like "es", "en" or "es-mx"`;
}
