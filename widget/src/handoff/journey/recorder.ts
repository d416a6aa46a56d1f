/**
 * Keeps the journey in storage as the customer uses help: each panel event
 * becomes an item (with the page it happened on), writes run one after the
 * other, and what is older than the retention time (`journeyDays`, default
 * 7) is forgotten on every read and write.
 */
import type { PanelContext, PanelEvent } from '../../core/contract.ts';
import { storage as defaultStorage, type HandoffStorage } from '../storage.ts';
import { newId, pageEnv } from './environment.ts';
import { itemFromEvent } from './from-event.ts';
import { append, prune, retentionMs, startJourney } from './journey.ts';
import type { Journey } from './types.ts';

export type RecorderContext = Pick<PanelContext, 'lang' | 'options' | 'traits' | 'engine'>;

let queue: Promise<unknown> = Promise.resolve();

/** Run `write` after every write queued before it; never rejects. */
function serial<T>(write: () => Promise<T>): Promise<T | undefined> {
  const next = queue.then(write).catch(() => undefined);
  queue = next;
  return next;
}

function updateJourney(ctx: RecorderContext, event: PanelEvent | undefined, storage: HandoffStorage): Promise<Journey | undefined> {
  // Where and when it happened: now, not when the write gets its turn.
  const now = Date.now();
  const env = pageEnv(ctx);
  const title = (id: string) => ctx.engine.entry(id)?.question ?? id;
  const item = event && itemFromEvent(event, title, now, env.path, newId());
  if (event && !item) return serial(() => storage.read('journey'));
  return serial(() =>
    storage.change('journey', (old) => {
      const journey = prune(old, now, retentionMs(ctx.options.journeyDays)) ?? startJourney(newId(), env, now);
      return append(journey, item, env, now, newId);
    }),
  );
}

/** Record a panel event (searches, answers read, feedback). */
export function recordEvent(ctx: RecorderContext, event: PanelEvent, storage = defaultStorage): Promise<Journey | undefined> {
  return updateJourney(ctx, event, storage);
}

/** Record the current page (and refresh traits and context) without an event. */
export function recordPage(ctx: RecorderContext, storage = defaultStorage): Promise<Journey | undefined> {
  return updateJourney(ctx, undefined, storage);
}

/** The journey once every queued write has landed, without expired items. */
export async function readJourney(ctx: Pick<PanelContext, 'options'>, storage = defaultStorage): Promise<Journey | undefined> {
  await queue;
  return prune(await storage.read('journey'), Date.now(), retentionMs(ctx.options.journeyDays));
}

/** Forget the journey (after a hand-off was made from it). */
export function forgetJourney(storage = defaultStorage): Promise<void | undefined> {
  return serial(() => storage.remove('journey'));
}
