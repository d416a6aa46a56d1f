/**
 * The widget's only access to localStorage. Every call is guarded: storage
 * may be missing, blocked (sandboxed frames, privacy settings) or full, and
 * the host page must never see an exception for it.
 */
export function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeLocal(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // unavailable or full: the caller copes without it
  }
}

export function removeLocal(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // unavailable
  }
}

/**
 * Keys. `PENDING + site` is set while the site's outbox holds items, so the
 * launcher knows to load the outbox chunk at idle after a reload.
 */
export const PENDING = 'ayuda-pending:';
export const SESSION = 'ayuda-session';
export const LEASE = 'ayuda-outbox-lease';
