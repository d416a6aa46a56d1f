/**
 * Group commit: writes submitted during one turn of the event loop are run
 * together by one call of `runGroup` (one database transaction), on
 * setImmediate, i.e. right after Node has read every request that was ready.
 * Under load many requests share one COMMIT; when idle a write waits for
 * nothing but the current turn. Each submitter is settled only after the
 * group has run, so a reply never precedes its commit.
 */

/** Runs a group of items; returns, per item, its result or the Error that refused it. */
export type GroupRunner<T, R> = (items: T[]) => (R | Error)[];

export interface GroupCommit<T, R> {
  submit(item: T): Promise<R>;
  /** Run what is queued now (before closing the database). */
  flush(): void;
}

/**
 * @example
 * const writes = createGroupCommit((batches) => db.transaction(() => batches.map(storeOne))());
 * const accepted = await writes.submit(batch);
 */
export function createGroupCommit<T, R>(runGroup: GroupRunner<T, R>, maxGroup = 256): GroupCommit<T, R> {
  let queue: { item: T; resolve: (r: R) => void; reject: (e: Error) => void }[] = [];
  let scheduled: NodeJS.Immediate | undefined;

  function flush(): void {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    while (queue.length) {
      const group = queue.slice(0, maxGroup);
      queue = queue.slice(group.length);
      let results: (R | Error)[];
      try {
        results = runGroup(group.map((g) => g.item));
      } catch (err) {
        const error = err instanceof Error ? err : new Error(String(err));
        for (const g of group) g.reject(error);
        continue;
      }
      group.forEach((g, i) => {
        const r = results[i];
        if (r instanceof Error) g.reject(r);
        else g.resolve(r as R);
      });
    }
  }

  return {
    submit(item) {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        scheduled ??= setImmediate(flush);
      });
    },
    flush,
  };
}
