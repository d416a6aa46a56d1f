/**
 * What a reply email gives the customer besides the text (issue 15):
 * - a link to the thread page (./thread-page-route.ts):
 *   `<publicUrl>/thread/<reference>?k=<token>`, the token signed by
 *   ../links/signed-link.ts for purpose `thread` and the reference, good for
 *   {@link THREAD_LINK_DAYS} days from the reply (each reply's email carries
 *   a fresh one);
 * - with the inbound listener configured (./inbound-mail.ts), a `Reply-To`
 *   of `reply+<reference>.<tag>@<domain>`, the tag an HMAC of the reference
 *   (no expiry: a customer may answer an old email), so their email answer
 *   lands in the conversation.
 * References are compared upper case: a mail system may fold the address.
 */
import type { Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import { linkSigner, type LinkSigner } from '../links/signed-link.ts';

/** How long a reply email's thread link opens the thread. */
export const THREAD_LINK_DAYS = 90;
const DAY_MS = 86_400_000;

/** The local part's prefix of reply addresses. */
export const REPLY_PREFIX = 'reply+';

export interface CustomerLinks {
  /** The thread page's link for `reference`, or undefined when the collector's public URL is unknown yet. */
  threadUrl(reference: string): Promise<string | undefined>;
  /** The reply address for `reference`, or undefined without an inbound listener. */
  replyAddress(reference: string): Promise<string | undefined>;
  /** `ok`, `expired` (signed for it, past its time) or `invalid`. */
  checkThread(reference: string, token: string): Promise<'ok' | 'expired' | 'invalid'>;
  /** The reference a reply address names when its tag is right (upper case), else undefined. */
  replyReference(address: string): Promise<string | undefined>;
}

export interface CustomerLinkOptions {
  /** The collector's public base URL, no trailing slash (the config's `publicUrl`, else where it listens). */
  baseUrl: () => string | undefined;
  /** The inbound listener's domain, if any. */
  replyDomain?: string;
  now?: () => number;
}

export function createCustomerLinks(db: Kysely<DashboardSchema>, { baseUrl, replyDomain, now = Date.now }: CustomerLinkOptions): CustomerLinks {
  let signer: Promise<LinkSigner> | undefined;
  const links = (): Promise<LinkSigner> => (signer ??= linkSigner(db).catch((err: unknown) => {
    signer = undefined;
    throw err;
  }));
  const upper = (reference: string): string => reference.toUpperCase();
  return {
    async threadUrl(reference) {
      const base = baseUrl();
      if (!base) return undefined;
      const token = (await links()).sign('thread', upper(reference), now() + THREAD_LINK_DAYS * DAY_MS);
      return `${base}/thread/${encodeURIComponent(reference)}?k=${token}`;
    },
    async replyAddress(reference) {
      if (!replyDomain) return undefined;
      return `${REPLY_PREFIX}${reference.toLowerCase()}.${(await links()).tag('reply', upper(reference))}@${replyDomain}`;
    },
    async checkThread(reference, token) {
      const signer = await links();
      if (signer.verify('thread', upper(reference), token, now())) return 'ok';
      // Signed for this reference, but no longer good: the expiry is all that is wrong.
      return signer.verify('thread', upper(reference), token, 0) ? 'expired' : 'invalid';
    },
    async replyReference(address) {
      if (!replyDomain) return undefined;
      const at = address.lastIndexOf('@');
      if (at < 0 || address.slice(at + 1).toLowerCase() !== replyDomain.toLowerCase()) return undefined;
      const local = address.slice(0, at).toLowerCase();
      const match = /^reply\+([a-z0-9-]{1,64})\.([0-9a-f]{20})$/.exec(local);
      if (!match) return undefined;
      const reference = upper(match[1]!);
      return (await links()).checkTag('reply', reference, match[2]!) ? reference : undefined;
    },
  };
}
