import type { AyudaOptions } from './contract.ts';
import { warn } from './warn.ts';

/**
 * AyudaOptions from the `data-*` attributes of the widget's `<script>`:
 * `data-lang`, `data-position`, `data-color`, `data-collector`, `data-site`,
 * `data-launcher="false"`, `data-prefetch="idle"`, `data-consent`, `data-keep-params="step, plan"`, `data-suggest='[{"pattern":"/checkout*","ids":["pago"]}]'`,
 * the hand-off's `data-channels="inbox, chat"` (or a JSON array of channel
 * configs), `data-context='{"plan":"pro"}'` and `data-journey-days="7"`.
 * A bad value is reported and ignored.
 */
export function readScriptOptions(script: HTMLOrSVGScriptElement | null, index: AyudaOptions['index']): AyudaOptions {
  // Own attributes only: a missing `data-collector` must not read a page's Object.prototype.collector.
  const data: DOMStringMap = { __proto__: null as never, ...(script as HTMLElement | null)?.dataset };
  // Strings as they are (an empty one counts as absent wherever it is read).
  const options: AyudaOptions = { index, lang: data.lang, color: data.color, collector: data.collector, site: data.site, keepParams: data.keepParams };
  if (data.position === 'bottom-left' || data.position === 'bottom-right') options.position = data.position;
  else if (data.position) warn(`data-position ignored: ${data.position}`);
  if (data.launcher === 'false') options.launcher = false;
  if (data.prefetch === 'idle') options.prefetch = 'idle';
  if (script?.hasAttribute('data-consent') && data.consent !== 'false') options.consent = true;
  const channels = data.channels?.trim();
  if (channels) {
    options.channels = channels[0] === '[' ? json('channels', channels, Array.isArray) : (channels.split(/\s*,\s*/).filter(Boolean) as never);
  }
  options.suggestions = json('suggest', data.suggest, (r) => Array.isArray(r) && r.every((x) => typeof x?.pattern === 'string' && Array.isArray(x.ids)));
  options.context = json('context', data.context, (c) => c && typeof c === 'object' && !Array.isArray(c));
  if (+data.journeyDays! > 0) options.journeyDays = +data.journeyDays!;
  return options;
}

/** The parsed JSON of `data-<name>` when `ok` accepts it; otherwise reported (as not valid JSON of the documented shape), and undefined. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function json(name: string, value: string | undefined, ok: (v: any) => boolean): any {
  if (value === undefined) return;
  try {
    const parsed: unknown = JSON.parse(value);
    if (ok(parsed)) return parsed;
  } catch {
    // reported below
  }
  warn(`data-${name} ignored: not the JSON expected`);
}
