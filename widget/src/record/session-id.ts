import { readLocal, SESSION, writeLocal } from '../outbox/local-storage.ts';
import { randomId } from './random-id.ts';

let session: string | undefined;

/**
 * The browser's random session id (no cookie): read from localStorage, or
 * created and stored there on the first call. Only the recorder calls it,
 * when the customer's first event is recorded, so nothing is stored before
 * the customer uses help. Without storage, one id per page.
 */
export function sessionId(): string {
  if (session) return session;
  const stored = readLocal(SESSION);
  if (stored && /^[\w-]{16,64}$/.test(stored)) return (session = stored);
  session = randomId(24);
  writeLocal(SESSION, session);
  return session;
}
