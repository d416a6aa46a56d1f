/**
 * Webhook signatures, as Stripe signs its events: the header
 * `Ayuda-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 * Receivers recompute the HMAC over the exact body bytes, compare in
 * constant time, refuse timestamps outside a tolerance (5 minutes), and
 * refuse a signature they have already accepted (a replay).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Ayuda-Signature';
export const TOLERANCE_S = 300;

export function signature(secret: string, body: string, t: number): string {
  return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
}

/** The header's value for `body` at `nowMs`. */
export function signatureHeader(secret: string, body: string, nowMs: number): string {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${signature(secret, body, t)}`;
}

export type Verification = { ok: true; t: number; v1: string } | { ok: false; reason: 'malformed' | 'mismatch' | 'expired' };

/** Check a received `Ayuda-Signature` header against the raw body. */
export function verifySignature(secret: string, body: string, header: string | undefined, nowMs: number, toleranceS = TOLERANCE_S): Verification {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  const v1 = parts.v1 ?? '';
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1)) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(signature(secret, body, t), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(v1, 'hex'))) return { ok: false, reason: 'mismatch' };
  if (Math.abs(nowMs / 1000 - t) > toleranceS) return { ok: false, reason: 'expired' };
  return { ok: true, t, v1 };
}
