/**
 * Where the collector delivers hand-offs, per site, in ayuda.config.json:
 *
 * ```json
 * {
 *   "sites": [{
 *     "key": "shop", "origins": ["https://shop.example"],
 *     "handoff": {
 *       "email": { "to": "support@shop.example", "from": "Ayuda <ayuda@shop.example>" },
 *       "webhook": { "url": "https://crm.shop.example/hooks/ayuda", "secret": "at least 16 characters" }
 *     }
 *   }],
 *   "smtp": { "host": "smtp.shop.example", "port": 587, "user": "ayuda", "pass": "…" }
 * }
 * ```
 *
 * Every hand-off is stored for the inbox; then each destination configured
 * for its site receives it (`channels` narrows which hand-off channels it
 * gets: e.g. `["email"]`).
 */
import { Type, type Static } from 'typebox';
import { ChannelTypeSchema } from '../../widget/src/handoff/schema.ts';

const strict = { additionalProperties: false } as const;
const Address = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\r\\n]+$' });

const Channels = Type.Optional(Type.Array(ChannelTypeSchema, { maxItems: 5 }));

export const EmailSettings = Type.Object(
  {
    /** Support address(es). */
    to: Type.Union([Address, Type.Array(Address, { minItems: 1, maxItems: 20 })]),
    /** Sender; default: the SMTP settings' `from`, else "Ayuda <ayuda@localhost>". */
    from: Type.Optional(Address),
    channels: Channels,
  },
  strict,
);

/** HMAC-SHA256 key of the `Ayuda-Signature` header. */
export const WebhookSecret = Type.String({ minLength: 16, maxLength: 256 });

export const WebhookSettings = Type.Object(
  {
    url: Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 2000 }),
    secret: WebhookSecret,
    channels: Channels,
  },
  strict,
);

export const HandoffSiteSettings = Type.Object({ email: Type.Optional(EmailSettings), webhook: Type.Optional(WebhookSettings) }, strict);

export const SmtpSettings = Type.Object(
  {
    host: Type.String({ minLength: 1, maxLength: 255 }),
    port: Type.Integer({ minimum: 1, maximum: 65535 }),
    /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
    secure: Type.Optional(Type.Boolean()),
    user: Type.Optional(Type.String({ maxLength: 255 })),
    pass: Type.Optional(Type.String({ maxLength: 1024 })),
    from: Type.Optional(Address),
  },
  strict,
);

export type HandoffSiteSettings = Static<typeof HandoffSiteSettings>;
export type SmtpSettings = Static<typeof SmtpSettings>;
