/**
 * The UI and search language: `option` ?? `<html lang>` ?? "en", lower-case
 * with "-" separators ("es_ES" → "es-es").
 */
export function resolveLang(option: string | null | undefined, doc: Document): string {
  const raw = option?.trim() || doc.documentElement.lang.trim() || 'en';
  return raw.toLowerCase().replace(/_/g, '-');
}
