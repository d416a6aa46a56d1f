/**
 * The customer's key to a request's thread: a secret made in their browser
 * with the request (32 random bytes), sent once with it, kept by the
 * collector only as its SHA-256 (a high-entropy secret needs no slow hash),
 * compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function secretMatches(secret: string, hash: string | null | undefined): boolean {
  if (!hash || !/^[0-9a-f]{64}$/.test(hash)) return false;
  return timingSafeEqual(Buffer.from(hashSecret(secret), 'hex'), Buffer.from(hash, 'hex'));
}
