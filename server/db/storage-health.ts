/**
 * Storage failures as the collector meets them: SQLite errors that say the
 * database cannot be written now (disk full, I/O error, read-only, locked)
 * are answered 503 with Retry-After (server/http/errors.ts), so the widget's
 * outbox keeps the data and tries later; and the latest write failure is
 * remembered until a write succeeds, so /healthz reports it (a ping that
 * only reads would say ok while every write fails).
 */

/** SQLite result codes that mean "cannot store now", not "bad request". */
const STORAGE_CODES = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|BUSY|LOCKED|NOMEM|PROTOCOL)/;

export function isStorageError(err: unknown): err is Error & { code: string } {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_CODES.test(code);
}

/** Seconds a client should wait after a storage failure. */
export const STORAGE_RETRY_AFTER_S = 30;

export interface WriteHealth {
  failed(err: Error & { code: string }, now?: number): void;
  succeeded(now?: number): void;
  /** The failure not yet followed by a successful write, if any. */
  failing(): { since: number; cause: string } | undefined;
}

export function createWriteHealth(): WriteHealth {
  let failure: { since: number; cause: string } | undefined;
  return {
    failed(err, now = Date.now()) {
      failure ??= { since: now, cause: `${err.code}: ${err.message}`.slice(0, 200) };
    },
    succeeded() {
      failure = undefined;
    },
    failing: () => failure,
  };
}
