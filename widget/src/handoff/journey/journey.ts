/**
 * The journey's pure operations: start one, append what the customer did
 * (with the page it happened on), forget what is older than the retention
 * time, remove what the customer chose not to send. No clock, no storage:
 * `now` and ids are passed in.
 */
import type { Journey, JourneyItem, Traits } from './types.ts';

/** Default retention: a journey, and each item in it, is forgotten after this long. */
export const DEFAULT_JOURNEY_DAYS = 7;
/** Most items kept; the oldest go first. */
export const MAX_ITEMS = 60;

/** Where the customer is when something happens. */
export interface JourneyEnv {
  path: string;
  title: string;
  lang: string;
  timeZone: string;
  traits: Traits;
  context: Traits;
}

export function startJourney(id: string, env: JourneyEnv, now: number): Journey {
  return { id, started: now, updated: now, lang: env.lang, timeZone: env.timeZone, traits: { ...env.traits }, context: { ...env.context }, items: [] };
}

export function retentionMs(days = DEFAULT_JOURNEY_DAYS): number {
  return Math.max(0, days) * 86_400_000;
}

/** The journey without what is older than `ttlMs`; undefined when nothing is left of it. */
export function prune(journey: Journey | undefined, now: number, ttlMs: number): Journey | undefined {
  if (!journey || now - journey.updated > ttlMs) return undefined;
  const items = journey.items.filter((item) => now - item.at <= ttlMs);
  return items.length === journey.items.length ? journey : { ...journey, items };
}

/** The path of the page of the latest item. */
function lastPath(journey: Journey): string | undefined {
  return journey.items.at(-1)?.path;
}

/**
 * Append `item`; when it happened on another page than the previous item,
 * a `page` item (path and title) goes first. Language, time zone, traits and
 * context are refreshed from `env`.
 */
export function append(journey: Journey, item: JourneyItem | undefined, env: JourneyEnv, now: number, newId: () => string): Journey {
  const items = [...journey.items];
  if (lastPath(journey) !== env.path && item?.kind !== 'page') {
    items.push({ id: newId(), kind: 'page', at: now, path: env.path, title: env.title.slice(0, 200) });
  }
  if (item) items.push(item);
  return {
    ...journey,
    updated: now,
    lang: env.lang,
    timeZone: env.timeZone,
    traits: { ...journey.traits, ...env.traits },
    context: { ...journey.context, ...env.context },
    items: items.slice(-MAX_ITEMS),
  };
}

/** What is sent: the journey without the items and facts the customer removed. */
export function withoutRemoved(journey: Journey, removed: readonly string[], removedFacts: readonly string[]): Journey {
  const gone = new Set(removed);
  const keep = (facts: Traits, prefix: string): Traits =>
    Object.fromEntries(Object.entries(facts).filter(([key]) => !removedFacts.includes(`${prefix}${key}`)));
  return {
    ...journey,
    items: journey.items.filter((item) => !gone.has(item.id)),
    traits: keep(journey.traits, 'trait:'),
    context: keep(journey.context, 'context:'),
  };
}
