/** The one way the widget reports a problem to the site owner: a console warning, never a throw. */
export function warn(message: string, error?: unknown): void {
  console.warn(`[ayuda] ${message}`, ...(error === undefined ? [] : [error]));
}

/** `fn()`, or undefined after reporting what failed (`what`) when it throws: nothing reaches the page. */
export function attempt<T>(what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    warn(what, error);
  }
}
