import type { AyudaOptions } from './contract.ts';
import { warn } from './warn.ts';

/**
 * AyudaOptions from the `data-*` attributes of the widget's `<script>`:
 * `data-lang`, `data-position`, `data-color`, `data-collector`, `data-site`,
 * `data-launcher="false"`, `data-prefetch="idle"`, `data-consent`,
 * `data-keep-params="step, plan"`. The attributes only the chunks use (lists
 * and JSON: channels, suggestions, context, journey days) are passed as they
 * are in `data`, and read by those chunks (widget/src/options/script-data.ts).
 * A bad value is reported and ignored.
 */
export function readScriptOptions(script: HTMLOrSVGScriptElement | null, index: AyudaOptions['index']): AyudaOptions {
  // Own attributes only: a missing `data-collector` must not read a page's Object.prototype.collector.
  const data: DOMStringMap = { __proto__: null as never, ...(script as HTMLElement | null)?.dataset };
  // Strings as they are (an empty one counts as absent wherever it is read).
  const options: AyudaOptions = { index, lang: data.lang, color: data.color, collector: data.collector, site: data.site, keepParams: data.keepParams, data };
  if (data.position === 'bottom-left' || data.position === 'bottom-right') options.position = data.position;
  else if (data.position) warn(`data-position ignored: ${data.position}`);
  if (data.launcher === 'false') options.launcher = false;
  if (data.prefetch === 'idle') options.prefetch = 'idle';
  if (script?.hasAttribute('data-consent') && data.consent !== 'false') options.consent = true;
  return options;
}
