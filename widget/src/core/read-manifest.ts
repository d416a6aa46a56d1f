import type { CoreStrings } from './ui-strings.ts';

/**
 * Where the panel chunk, the FAQ index and the outbox chunk are, relative to
 * ayuda.js; the launcher's words. The notices chunk has the outbox's name
 * with `notices` for `outbox` (write-widget.ts hashes the two together).
 */
export interface WidgetManifest {
  panel: string;
  /** The index, or its part per locale ("es" → "faq-index.es.<hash8>.json"). */
  index: string | Record<string, string>;
  /**
   * The languages with a stemmer chunk (["en", "es"]), each named like the panel
   * with `chunks/stem-<lang>` for `panel` (write-widget.ts): ayuda.js imports
   * the page language's with the panel, not after it.
   */
  stems?: string[];
  /** Absent from builds without an outbox chunk. */
  outbox?: string;
  /** The launcher's label and loading error per UI language (widget/src/core/ui-strings.ts). */
  ui?: CoreStrings;
}

/**
 * The string `ayuda build` substitutes into ayuda.js (see
 * widget/compiler/write-widget.ts); the launcher passes it to readManifest.
 */
export const MANIFEST_PLACEHOLDER = '__AYUDA_MANIFEST__';

/** Parse the injected manifest; unbuilt (placeholder still there) or broken → the unhashed names next to ayuda.js. */
export function readManifest(raw: string): WidgetManifest {
  try {
    const m = JSON.parse(raw) as Partial<WidgetManifest>;
    if (typeof m.panel === 'string' && m.index) return m as WidgetManifest;
  } catch {
    // not injected: a dev build
  }
  return { panel: 'panel.js', index: 'faq-index.json', outbox: 'outbox.js' };
}
