/**
 * Hand-off references a customer can read over the phone: "AY-7K3-Q9F".
 * Made in the browser (so one exists offline) from 30 characters with no
 * look-alikes (no 0/O, 1/I/L, U), 6 of them: 729 million references. Among
 * 10,000 hand-offs of one site, two share a reference with a chance of
 * about 7%: the inbox finds a reference by lookup, never assumes it unique.
 */

import { randomBytes } from '../record/random-id.ts';

export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_PATTERN = /^AY-[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{3}$/;

/** A new reference from `random` bytes (default: the browser's CSPRNG, or Math.random on a page without it). */
export function newReference(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = randomBytes): string {
  const n = REFERENCE_ALPHABET.length;
  const chars: string[] = [];
  while (chars.length < 6) {
    // Rejection sampling: bytes ≥ 240 (= 8 × 30) would favour the first characters.
    for (const byte of random(new Uint8Array(8))) if (byte < 240 && chars.length < 6) chars.push(REFERENCE_ALPHABET[byte % n]!);
  }
  return `AY-${chars.slice(0, 3).join('')}-${chars.slice(3).join('')}`;
}

/** A reference as someone typed or dictated it ("ay 7k3 q9f", "AY7K3Q9F") in canonical form, or undefined. */
export function normalizeReference(text: string): string | undefined {
  const plain = text.toUpperCase().replace(/[\s-]/g, '').replace(/^AY/, '');
  if (plain.length !== 6) return undefined;
  const ref = `AY-${plain.slice(0, 3)}-${plain.slice(3)}`;
  return REFERENCE_PATTERN.test(ref) ? ref : undefined;
}

/** A request's secret, its key to its thread at the collector: 32 random bytes, base64url (43 characters). */
export function newSecret(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
