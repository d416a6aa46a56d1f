/**
 * What an admin sends to create or change a site (the dashboard's site
 * routes), checked against the same schemas as ayuda.config.json: the site
 * key (the event schema's), the origins (../config/config.ts) and the
 * hand-off destinations (../handoff/settings.ts), except that the webhook's
 * secret may be left out on a change to keep the stored one, and the FAQ
 * index must be an http(s) URL or an absolute path (there is no config file
 * for a relative one to start from; empty: none). Refusals name the field as
 * a path: `origins[1]`, `handoff.webhook.secret`, `faq`.
 */
import { isAbsolute } from 'node:path';
import { Type } from 'typebox';
import { Compile } from 'typebox/compile';
import { SiteKey } from '../../widget/src/events/schema.ts';
import { FaqSource, FIELD_MESSAGES, isFaqUrl, RetentionDays, SiteOrigins } from '../config/config.ts';
import { EmailSettings, WebhookSecret, WebhookSettings, type HandoffSiteSettings } from '../handoff/settings.ts';
import { firstSchemaError, isObject, type Refusal } from '../validate/first-error.ts';
import type { Site, SiteFields } from './store.ts';

const strict = { additionalProperties: false } as const;

const SiteChange = Type.Object(
  {
    /** Shown in the dashboard; default: the key. */
    name: Type.Optional(Type.String({ maxLength: 100 })),
    origins: SiteOrigins,
    handoff: Type.Optional(
      Type.Object(
        {
          email: Type.Optional(EmailSettings),
          webhook: Type.Optional(Type.Object({ ...WebhookSettings.properties, secret: Type.Optional(WebhookSecret) }, strict)),
        },
        strict,
      ),
    ),
    /** The site's faq-index.json: an http(s) URL or an absolute path; "" for none. */
    faq: Type.Optional(Type.Union([Type.Literal(''), FaqSource])),
    /** Days to keep conversations and events (server/privacy/retention.ts); null or absent: keep everything. */
    retentionDays: Type.Optional(Type.Union([RetentionDays, Type.Null()])),
  },
  strict,
);
const NewSite = Type.Object({ key: SiteKey, ...SiteChange.properties }, strict);
const checkNew = Compile(NewSite);
const checkChange = Compile(SiteChange);

export type SiteInput = { ok: true; key: string; fields: SiteFields } | Refusal;

function refuse(refusal: Refusal): Refusal {
  const field = /^(key|origins|faq|retentionDays)\b/.exec(refusal.path)?.[1];
  // Wrong key or origin: say what a good one looks like (never the bad value).
  return field && refusal.message !== 'is required' ? { ...refusal, message: FIELD_MESSAGES[field]! } : refusal;
}

/**
 * `existing` is the site being changed (undefined when creating one: the body then holds its `key`).
 *
 * @example
 * const input = checkSiteInput({ key: 'shop', name: 'Shop', origins: ['https://shop.example'] });
 * if (!input.ok) throw new HttpError(400, 'invalid_site', input.path, input.message);
 */
export function checkSiteInput(body: unknown, existing?: Site): SiteInput {
  if (!isObject(body)) return { ok: false, path: '$', message: 'must be a JSON object' };
  const validator = existing ? checkChange : checkNew;
  if (!validator.Check(body)) return refuse(firstSchemaError(validator, body, ''));
  const input = body as { key?: string; name?: string; origins: string[]; faq?: string; retentionDays?: number | null; handoff?: { email?: HandoffSiteSettings['email']; webhook?: Partial<NonNullable<HandoffSiteSettings['webhook']>> } };
  const key = existing?.key ?? input.key!;
  if (input.origins.length === 0) return { ok: false, path: 'origins', message: 'add at least one origin, like "https://shop.example"' };
  const handoff: HandoffSiteSettings = {};
  if (input.handoff?.email) handoff.email = input.handoff.email;
  const webhook = input.handoff?.webhook;
  if (webhook) {
    const secret = webhook.secret ?? existing?.handoff?.webhook?.secret;
    if (!secret) return { ok: false, path: 'handoff.webhook.secret', message: 'is required (at least 16 characters)' };
    handoff.webhook = { ...webhook, url: webhook.url!, secret };
  }
  const faq = input.faq?.trim();
  if (faq && !isFaqUrl(faq) && !isAbsolute(faq)) return { ok: false, path: 'faq', message: 'must be an http(s) URL or an absolute path on the collector (like /srv/shop/ayuda/faq-index.json)' };
  const name = input.name?.trim() || key;
  return { ok: true, key, fields: { name, origins: [...new Set(input.origins)], ...(handoff.email || handoff.webhook ? { handoff } : {}), ...(faq ? { faq } : {}), ...(input.retentionDays ? { retentionDays: input.retentionDays } : {}) } };
}
