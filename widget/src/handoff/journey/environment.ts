/**
 * Where the customer is, read from the page and the panel's context: path,
 * title, language, time zone, identify() traits and `data-context`
 * (flattened, bounded: at most 30 keys of strings ≤ 500 characters, numbers
 * and booleans).
 */
import type { PanelContext } from '../../core/contract.ts';
import { randomId } from '../../record/random-id.ts';
import type { JourneyEnv } from './journey.ts';
import type { Traits } from './types.ts';

export const MAX_FACTS = 30;

export function cleanTraits(input: unknown): Traits {
  const out: Traits = {};
  if (typeof input !== 'object' || input === null) return out;
  for (const [key, value] of Object.entries(input).slice(0, MAX_FACTS)) {
    const k = key.slice(0, 64);
    if (!k || /[\u0000-\u001f]/.test(k)) continue;
    if (typeof value === 'string') out[k] = value.slice(0, 500);
    else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') out[k] = value;
  }
  return out;
}

export function timeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function pageEnv(ctx: Pick<PanelContext, 'lang' | 'options' | 'traits'>): JourneyEnv {
  return {
    path: location.pathname || '/',
    title: document.title,
    lang: ctx.lang,
    timeZone: timeZone(),
    traits: cleanTraits(ctx.traits?.()),
    context: cleanTraits(ctx.options.context),
  };
}

/** Time-ordered random id (as outbox and event ids are). */
export function newId(): string {
  return Date.now().toString(36) + randomId(8);
}
