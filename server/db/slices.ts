/**
 * Background work in short slices. The collector shares one thread with its
 * background steps (grouping, alternates), and better-sqlite3 resolves every
 * query at once: a step's chunk runs from start to end without letting a
 * request in. So a chunk's size is what other requests wait for. A slicer
 * sizes each chunk from the cost per item of the last ones, to take about
 * TARGET_MS, and `inSlices` yields to the event loop between chunks.
 * Measured by `npm run bench:collector` (the events route's p99.9 and max
 * during a catch-up).
 *
 * What a slice costs the thread depends on the driver: better-sqlite3 holds
 * it for the whole query (wall time), while over `pg` the thread is free
 * while the server works, and only what the process computes holds it (CPU
 * time). Each dialect names its clock (`Dialect.sliceClock`); timing
 * PostgreSQL's round trips as if they blocked made slices of a few items,
 * each paying a transaction's fixed round trips.
 *
 * Ingestion first: while the collector is serving requests (one read in the
 * last BUSY_MS, `noteRequest`), background slices take at most SHARE of the
 * thread: after a slice of t ms the step waits t × (1 − SHARE) / SHARE ms,
 * and requests have the loop to themselves meanwhile. When requests stop,
 * slices follow each other at once and the steps catch up. Measured by
 * `npm run bench:collector -- --grow`: run back to back instead, the steps
 * took about 80% of the thread while they ran (an 8 ms slice, then 2 ms of
 * requests), so the insert rate fell by more than half for their whole run.
 */

/** What one slice should take. */
export const TARGET_MS = 8;

/** Milliseconds by some clock: the wall, or the time this process held the CPU. */
export type SliceClock = () => number;
export const wallClock: SliceClock = () => performance.now();
/** This process's CPU time (user + system), in ms. */
export const cpuClock: SliceClock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export interface Slicer {
  /** The clock slices are measured by. */
  readonly clock: SliceClock;
  /** How many items the next slice may take. */
  size(): number;
  /** A slice handled `n` items in `ms`. */
  measure(n: number, ms: number): void;
}

/**
 * The first slice takes `min` items: nothing is known yet of their cost, and
 * a step's first slice in a process is its most expensive per item (code not
 * yet optimised, statements not yet prepared). Sizes then grow from measures.
 *
 * @param max the most items a slice may take (a step's own chunk limit)
 */
export function createSlicer(max: number, min = 4, target = TARGET_MS, clock: SliceClock = wallClock): Slicer {
  let size = Math.min(max, min);
  return {
    clock,
    size: () => size,
    measure(n, ms) {
      if (n <= 0) return;
      const perItem = Math.max(ms, 0.05) / n;
      // Grow at most twofold per slice: one cheap slice must not buy a long one.
      size = Math.max(min, Math.min(max, size * 2, Math.floor(target / perItem)));
    },
  };
}

export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The share of the thread background slices may take while requests are being served. */
export const SHARE = 1 / 3;
/** The collector counts as serving requests this long after it read one. */
export const BUSY_MS = 100;

let lastRequest = -Infinity;
/** The collector read a request (server/app.ts, for every request). */
export function noteRequest(now = performance.now()): void {
  lastRequest = now;
}
/** Whether the collector read a request within the last BUSY_MS. */
export function serving(now = performance.now()): boolean {
  return now - lastRequest < BUSY_MS;
}
/** How long to wait after a slice that held the thread `ms`: nothing when idle, else enough to keep slices to SHARE. */
export function pauseAfter(ms: number, busy: boolean): number {
  return busy ? (Math.max(ms, 0) * (1 - SHARE)) / SHARE : 0;
}

/**
 * Run `slice(limit)` (resolving with how many items it handled) until one
 * handles fewer than asked, or `maxMs` have passed; requests run between
 * slices (and have the thread to themselves for a while, see `pauseAfter`).
 */
export async function inSlices(slicer: Slicer, slice: (limit: number) => Promise<number>, maxMs = Infinity): Promise<number> {
  const started = performance.now();
  let total = 0;
  for (;;) {
    const limit = slicer.size();
    const t = slicer.clock();
    const n = await slice(limit);
    const took = slicer.clock() - t;
    slicer.measure(n, took);
    total += n;
    if (n < limit || performance.now() - started >= maxMs) return total;
    const pause = pauseAfter(took, serving());
    await (pause > 0 ? new Promise<void>((resolve) => setTimeout(resolve, pause)) : yieldToLoop());
  }
}
