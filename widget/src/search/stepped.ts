/**
 * Work that can run in slices: a generator that yields between small units
 * of work and returns its result. `get()` finishes it at once (a search that
 * needs it now); `step()` runs one unit (the panel's idle warm-up, so that
 * building a large FAQ's model never blocks the page for long).
 */
export class Stepped<T> {
  private running?: Generator<void, T>;
  private result?: { value: T };

  constructor(private readonly make: () => Generator<void, T>) {}

  /** Run one unit; true once the result is there. */
  step(): boolean {
    if (this.result) return true;
    const next = (this.running ??= this.make()).next();
    if (next.done) this.result = { value: next.value };
    return !!this.result;
  }

  /** Whether the result is there (nothing left to run). */
  get ready(): boolean {
    return !!this.result;
  }

  /** The result, finishing what is left now. */
  get(): T {
    while (!this.step());
    return this.result!.value;
  }
}

/** Yield every `every` items of a loop: `if (pause(i, 64)) yield;` */
export const pause = (i: number, every: number): boolean => i % every === every - 1;
