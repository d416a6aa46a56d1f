/**
 * The core's only words: the launcher's label, the loading error, and the
 * frame's (./create-frame.ts) close, retry and loading. They come from the UI
 * language files (widget/src/i18n/), as "label|error|close|retry|loading" per
 * language: `ayuda build` writes them into ayuda.js's manifest, the npm entry
 * passes them from the files themselves. So adding a language stays one file.
 */
export type CoreStrings = Record<string, string>;

let table: CoreStrings = {};

/** Called once by the entry (widget/src/launcher.ts, widget/src/index.ts) before createAyuda. */
export function setCoreStrings(strings: CoreStrings | undefined): void {
  table = strings ?? {};
}

/** The exact tag, then its language ("es-mx" → "es"), then English. */
export function uiStrings(lang: string): { help: string; error: string; close: string; retry: string; loading: string } {
  const [help, error, close, retry, loading] = (table[lang] ?? table[lang.split('-')[0]!] ?? table.en ?? 'Help|Help could not be loaded.|Close|Retry|Loading…').split('|') as string[];
  return { help: help!, error: error!, close: close!, retry: retry!, loading: loading! };
}

/** The loading error as an alert paragraph (`.error` in the core's and `<ayuda-help>`'s styles). */
export function loadErrorNote(doc: Document, lang: string): HTMLParagraphElement {
  const note = doc.createElement('p');
  note.className = 'error';
  note.setAttribute('role', 'alert');
  note.textContent = uiStrings(lang).error;
  return note;
}
