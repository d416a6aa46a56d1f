/** The one way the widget reports a problem to the site owner: a console warning, never a throw. */
export function warn(message: string, error?: unknown): void {
  console.warn(`[ayuda] ${message}`, ...(error === undefined ? [] : [error]));
}
