/**
 * Run `fn` once the page has loaded and the browser is idle
 * (`requestIdleCallback`, at most 4 s later; where it does not exist, a plain
 * 1.5 s timer). Returns a cancel function.
 */
export function whenIdle(win: Window, fn: () => void): () => void {
  let cancelTask: (() => void) | undefined;
  const schedule = (): void => {
    win.removeEventListener('load', schedule);
    const idle = typeof win.requestIdleCallback === 'function';
    const id = idle ? win.requestIdleCallback(fn, { timeout: 4000 }) : win.setTimeout(fn, 1500);
    cancelTask = () => (idle ? win.cancelIdleCallback(id) : win.clearTimeout(id));
  };
  if (win.document.readyState === 'complete') schedule();
  else win.addEventListener('load', schedule);
  return () => {
    win.removeEventListener('load', schedule);
    cancelTask?.();
  };
}
