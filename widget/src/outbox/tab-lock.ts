/**
 * One sending tab at a time: the Web Locks API (`ayuda-outbox`, taken only if
 * free), or where it is missing (older browsers, plain-http pages) a lease in
 * localStorage that expires after LEASE_MS. The collector keeps each event
 * id once, so the lease's small races cost a duplicate request, never a
 * duplicate event.
 */
import { LEASE, readLocal, removeLocal, writeLocal } from './local-storage.ts';
import { randomId } from '../record/random-id.ts';

export const LOCK_NAME = 'ayuda-outbox';
export const LEASE_MS = 30_000;
const me = randomId(8);

/** Run `fn` unless another tab is sending; resolves whether it ran. */
export function tabLock(fn: () => Promise<void>): Promise<boolean> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (locks?.request) return locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => !!lock && (await fn(), true));
  return lease(fn, Date.now());
}

async function lease(fn: () => Promise<void>, now: number): Promise<boolean> {
  const [owner, until] = (readLocal(LEASE) ?? '').split(' ');
  if (owner && owner !== me && Number(until) > now) return false;
  writeLocal(LEASE, `${me} ${now + LEASE_MS}`);
  try {
    await fn();
  } finally {
    if (readLocal(LEASE)?.startsWith(me)) removeLocal(LEASE);
  }
  return true;
}
