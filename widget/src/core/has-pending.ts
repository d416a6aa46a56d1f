/**
 * Whether a previous page left items in the site's outbox: the flag the
 * outbox chunk keeps in localStorage (`PENDING` in
 * ../outbox/local-storage.ts, the same key). The core's only storage access,
 * a read; kept apart from the chunk's module so that the npm build does not
 * split a shared chunk out of it.
 */
export function hasPending(site: string | undefined): boolean {
  try {
    return !!localStorage.getItem(`ayuda-pending:${site}`);
  } catch {
    return false;
  }
}
