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
  const data = (script as HTMLElement | null)?.dataset ?? {};
  const options: AyudaOptions = { index };
  if (data.lang) options.lang = data.lang;
  if (data.position === 'bottom-left' || data.position === 'bottom-right') options.position = data.position;
  else if (data.position) warn(`data-position ignored: ${data.position}`);
  if (data.color) options.color = data.color;
  if (data.collector) options.collector = data.collector;
  if (data.site) options.site = data.site;
  if (data.launcher === 'false') options.launcher = false;
  if (data.prefetch === 'idle') options.prefetch = 'idle';
  if (data.consent !== undefined && data.consent !== 'false') options.consent = true;
  if (data.keepParams) options.keepParams = data.keepParams;
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
