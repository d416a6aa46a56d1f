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
 * The string literal `ayuda build` replaces in ayuda.js with the manifest as
 * an object literal (JSON, which JavaScript reads as it is: no escaped quotes,
 * no JSON.parse; widget/compiler/write-widget.ts); the launcher passes it to
 * readManifest.
 */
export const MANIFEST_PLACEHOLDER = '__AYUDA_MANIFEST__';

/**
 * The injected manifest (an object literal where the placeholder string was);
 * unbuilt (the placeholder still there) or broken → the unhashed names next to ayuda.js.
 */
export function readManifest(injected: unknown): WidgetManifest {
  const m = injected as Partial<WidgetManifest> | null;
  return typeof m?.panel === 'string' && m.index ? (m as WidgetManifest) : { panel: 'panel.js', index: 'faq-index.json', outbox: 'outbox.js' };
}
