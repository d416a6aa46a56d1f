/**
 * Where the notices chunk leaves the site's notices for the panel: on the
 * instance's options object (the one the core and the panel share), under
 * a symbol, so no code of the core (its ≤ 5,000 B budget) carries them.
 */
import type { AyudaOptions, LoadedNotices } from '../core/contract.ts';

const SLOT = Symbol.for('ayuda.notices');

type WithNotices = AyudaOptions & { [SLOT]?: Promise<LoadedNotices | undefined> };

/** The notices being fetched or fetched for these options; undefined before the notices chunk has started (at idle). */
export function noticesOf(options: AyudaOptions): Promise<LoadedNotices | undefined> | undefined {
  return (options as WithNotices)[SLOT];
}

/** Start fetching once per options object. */
export function provideNotices(options: AyudaOptions, fetchNotices: () => Promise<LoadedNotices | undefined>): Promise<LoadedNotices | undefined> {
  return ((options as WithNotices)[SLOT] ??= fetchNotices());
}
