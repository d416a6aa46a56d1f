/**
 * Links the collector hands out that open something without a login: the
 * thread page a reply email links to, an attachment a webhook or email
 * names. A link carries its expiry and an HMAC-SHA256 over purpose, subject
 * and expiry, made with one key kept in `dashboard_settings` (made on first
 * use, the same for every collector process on one database). Changing the
 * purpose or the subject, or waiting past the expiry, breaks the link.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import { storedSecret } from '../auth/settings.ts';

const KEY = 'link_key';

export type LinkPurpose = 'thread' | 'attachment' | 'reply';

export interface LinkSigner {
  /** A token for `subject` (a reference, an attachment id) good until `expiresAt` (epoch ms). */
  sign(purpose: LinkPurpose, subject: string, expiresAt: number): string;
  /** Whether `token` was made by sign() for this purpose and subject and has not expired at `now`. */
  verify(purpose: LinkPurpose, subject: string, token: string, now?: number): boolean;
  /**
   * A short tag that never expires (20 hex digits, 80 bits, lower case so it
   * survives a mail system that folds case): the customer's reply address.
   * Its MAC's expiry field is "-", which no sign() token has.
   */
  tag(purpose: LinkPurpose, subject: string): string;
  /** Whether `tag` is tag(purpose, subject), in constant time. */
  checkTag(purpose: LinkPurpose, subject: string, tag: string): boolean;
}

export function createLinkSigner(key: string): LinkSigner {
  const mac = (purpose: string, subject: string, expires: string): Buffer => createHmac('sha256', key).update(`${purpose}\n${subject}\n${expires}`).digest();
  return {
    sign(purpose, subject, expiresAt) {
      const expires = Math.ceil(expiresAt).toString(36);
      return `${expires}.${mac(purpose, subject, expires).toString('base64url')}`;
    },
    verify(purpose, subject, token, now = Date.now()) {
      const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
      if (!match) return false;
      const [, expires, signature] = match as unknown as [string, string, string];
      if (parseInt(expires, 36) <= now) return false;
      // Compared as written, not decoded: the last of 43 base64url letters carries 2 spare bits,
      // so four spellings decode to the same MAC, and a link changed in one letter must not work.
      return timingSafeEqual(Buffer.from(signature), Buffer.from(mac(purpose, subject, expires).toString('base64url')));
    },
    tag: (purpose, subject) => mac(purpose, subject, '-').subarray(0, 10).toString('hex'),
    checkTag(purpose, subject, tag) {
      if (!/^[0-9a-f]{20}$/i.test(tag)) return false;
      return timingSafeEqual(Buffer.from(tag.toLowerCase(), 'hex'), mac(purpose, subject, '-').subarray(0, 10));
    },
  };
}

/**
 * @example
 * const links = await linkSigner(db);
 * const url = `${base}/t/${ref}?k=${links.sign('thread', ref, Date.now() + 90 * DAY)}`;
 */
export async function linkSigner(db: Kysely<DashboardSchema>): Promise<LinkSigner> {
  return createLinkSigner(await storedSecret(db, KEY));
}
