import type { Ayuda } from './contract.ts';
import { warn } from './warn.ts';

/** `window.ayuda` before and after the script loads: the snippet's queue, then the command function. */
export interface AyudaGlobal {
  (command: string, ...args: unknown[]): unknown;
  /** Calls queued by the snippet before ayuda.js arrived. */
  q?: ArrayLike<unknown>[];
  /** Set once ayuda.js has run (a second copy of the script then does nothing). */
  l?: 1;
}

/**
 * Replace the snippet's queueing `window.ayuda` with one that runs commands
 * at once (`ayuda('open', 'devolución')`, `ayuda('on', 'search', fn)`...),
 * then replay the queued calls in order. Returns the command function.
 */
export function installGlobal(win: { ayuda?: AyudaGlobal }, ayuda: Ayuda): AyudaGlobal {
  const queued = win.ayuda?.q ?? [];
  // The commands are the instance's own methods (open, close, search, identify, on, consent,
  // destroy); never an inherited name such as "toString" or "constructor".
  const run: AyudaGlobal = (command, ...args) =>
    Object.hasOwn(ayuda, command) ? (ayuda[command as keyof Ayuda] as (...a: unknown[]) => unknown)(...args) : warn(`unknown command "${command}"`);
  run.l = 1;
  win.ayuda = run;
  for (const call of queued) run(...(Array.from(call) as [string, ...unknown[]]));
  return run;
}
