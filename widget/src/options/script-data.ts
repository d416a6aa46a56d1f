import type { AyudaOptions } from '../core/contract.ts';

/**
 * The options a `<script>` tag gives as lists or JSON in its `data-*`
 * attributes: `data-channels="inbox, chat"` (or a JSON array of channel
 * configs), `data-suggest='[{"pattern":"/checkout*","ids":["pago"]}]'`,
 * `data-context='{"plan":"pro"}'` and `data-journey-days="7"`. Only the
 * chunks use them, so they are read there and not by ayuda.js, which every
 * page view pays for: ayuda.js passes the script's attributes as they are
 * (`options.data`, widget/src/core/read-script-options.ts). The panel (for
 * itself and the hand-off) reads them all before it reads `options`; the
 * notices chunk, loaded at idle, only the context. Each attribute is read
 * once (and taken out of `data`); a bad value is reported and ignored.
 */
export function applyScriptData(options: AyudaOptions): AyudaOptions {
  const data = applyScriptContext(options).data;
  if (!data) return options;
  delete options.data;
  const channels = data.channels?.trim();
  if (channels) {
    options.channels = channels[0] === '[' ? json('channels', channels, Array.isArray) : (channels.split(/\s*,\s*/).filter(Boolean) as never);
  }
  const suggest = json('suggest', data.suggest, (r) => Array.isArray(r) && r.every((x) => typeof x?.pattern === 'string' && Array.isArray(x.ids)));
  // Before the rules the notices chunk may have added already (learned by the collector).
  if (suggest) options.suggestions = [...suggest, ...(options.suggestions ?? [])];
  if (+data.journeyDays! > 0) options.journeyDays = +data.journeyDays!;
  return options;
}

/** `data-context` alone (the notices chunk matches notices to the page with it). */
export function applyScriptContext(options: AyudaOptions): AyudaOptions {
  const data = options.data;
  if (data && 'context' in data) {
    options.context = json('context', data.context, (c) => c && typeof c === 'object' && !Array.isArray(c));
    delete data.context;
  }
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
  console.warn(`[ayuda] data-${name} ignored: not the JSON expected`);
}
