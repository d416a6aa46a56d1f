/**
 * Run `fn` once the page has loaded and the browser is idle
 * (`requestIdleCallback`, at most `timeout` ms later; where it does not exist,
 * a plain timer). Returns a cancel function.
 */
export function whenIdle(win: Window, fn: () => void, timeout = 4000): () => void {
  let cancelTask: (() => void) | undefined;
  const schedule = (): void => {
    win.removeEventListener('load', schedule);
    if (typeof win.requestIdleCallback === 'function') {
      const id = win.requestIdleCallback(fn, { timeout });
      cancelTask = () => win.cancelIdleCallback(id);
    } else {
      const id = win.setTimeout(fn, Math.min(timeout, 1500));
      cancelTask = () => win.clearTimeout(id);
    }
  };
  if (win.document.readyState === 'complete') schedule();
  else win.addEventListener('load', schedule);
  return () => {
    win.removeEventListener('load', schedule);
    cancelTask?.();
  };
}
