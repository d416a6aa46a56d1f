import type { AyudaOptions } from './contract.ts';
import { warn } from './warn.ts';

/**
 * AyudaOptions from the `data-*` attributes of the widget's `<script>`:
 * `data-lang`, `data-position`, `data-color`, `data-collector`, `data-site`,
 * `data-launcher="false"`, `data-consent`, `data-keep-params="step, plan"`, `data-channels="email, chat"`,
 * `data-suggest='[{"pattern":"/checkout*","ids":["pago"]}]'`.
 * A bad value is reported and ignored.
 */
export function readScriptOptions(script: HTMLOrSVGScriptElement | null, index: string): AyudaOptions {
  const data = (script as HTMLElement | null)?.dataset ?? {};
  const options: AyudaOptions = { index };
  if (data.lang) options.lang = data.lang;
  if (data.position === 'bottom-left' || data.position === 'bottom-right') options.position = data.position;
  else if (data.position) warn(`data-position ignored: ${data.position}`);
  if (data.color) options.color = data.color;
  if (data.collector) options.collector = data.collector;
  if (data.site) options.site = data.site;
  if (data.launcher === 'false') options.launcher = false;
  if (data.consent !== undefined && data.consent !== 'false') options.consent = true;
  if (data.keepParams) options.keepParams = data.keepParams;
  if (data.channels) options.channels = data.channels.split(',').map((c) => c.trim()).filter(Boolean);
  if (data.suggest) {
    try {
      const rules = JSON.parse(data.suggest) as unknown;
      if (!Array.isArray(rules) || !rules.every((r) => typeof r?.pattern === 'string' && Array.isArray(r.ids))) throw 0;
      options.suggestions = rules;
    } catch {
      warn('data-suggest ignored: expected [{"pattern":"/path*","ids":["entry-id"]}]');
    }
  }
  return options;
}
