/**
 * The collector's configuration: which site keys it accepts, from which
 * origins, and how hard it rate-limits. Read from `ayuda.config.json`:
 *
 * ```json
 * {
 *   "sites": [{ "key": "demo", "name": "Demo shop", "origins": ["http://localhost:5173"] }],
 *   "rateLimit": { "max": 600, "timeWindowMs": 60000 },
 *   "handoffLimits": { "perAddressPerMinute": 5, "perContactPerMinute": 3, "perSitePerMinute": 30, "untrustedPerSitePerHour": 20 },
 *   "trustProxy": false
 * }
 * ```
 *
 * Without a file, {@link defaultConfig} serves site `demo` to loopback origins.
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { Type, type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { SiteKey } from '../../widget/src/events/schema.ts';
import { ORIGIN_PATTERN } from './origins.ts';
import { HandoffSiteSettings, SmtpSettings } from '../handoff/settings.ts';

/**
 * Where the site's whole FAQ index (`faq-index.json`, written by `ayuda
 * build`) is: an http(s) URL, or a path (in ayuda.config.json relative to
 * the file). No other URL scheme; no control characters.
 */
export const FaqSource = Type.String({ minLength: 1, maxLength: 1000, pattern: '^(https?://[^\\s]+|(?![A-Za-z][A-Za-z0-9+.-]+:)[^\\u0000-\\u001f]+)$' });

/** Whether a FAQ source is a URL (else a file path). */
export const isFaqUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** A site's retention period in days (server/privacy/retention.ts): 1 day to 10 years. */
export const RetentionDays = Type.Integer({ minimum: 1, maximum: 3650 });

/**
 * The optional inbound SMTP listener that threads customers' email replies
 * into their conversations (server/conversation/inbound-mail.ts): replies
 * go to `reply+<reference>.<tag>@<domain>`.
 */
const InboundConfig = Type.Object(
  {
    port: Type.Integer({ minimum: 0, maximum: 65535 }),
    /** Default 127.0.0.1: behind your MTA; "0.0.0.0" to take the MX's mail directly. */
    host: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    /** The domain of the reply addresses, whose MX (or forwarding) reaches this listener. */
    domain: Type.String({ minLength: 3, maxLength: 253, pattern: '^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$' }),
    /** Other addresses accepted (a support address forwarded here): threaded only by a Message-ID the collector sent, from the customer's address. */
    addresses: Type.Optional(Type.Array(Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@<>]+@[^\\s@<>]+$' }), { maxItems: 100 })),
    /** The largest message accepted, in bytes (default 1 MiB). */
    maxBytes: Type.Optional(Type.Integer({ minimum: 1024, maximum: 50 * 1024 * 1024 })),
  },
  { additionalProperties: false },
);

/** The origins of a site's pages, as patterns (./origins.ts). */
export const SiteOrigins = Type.Array(Type.String({ pattern: ORIGIN_PATTERN, maxLength: 300 }), { maxItems: 100 });

const SiteConfig = Type.Object(
  {
    key: SiteKey,
    /** Shown in the dashboard; default: the key. */
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    origins: SiteOrigins,
    /** Where its hand-offs are delivered besides the inbox (server/handoff/settings.ts). */
    handoff: Type.Optional(HandoffSiteSettings),
    /** The site's faq-index.json, for the dashboard (entry titles, alternates learned from customers). */
    faq: Type.Optional(FaqSource),
    /**
     * Days after which the site's conversations (hand-offs with their
     * messages, deliveries and attachments) with no activity, and its events,
     * are deleted (server/privacy/retention.ts); unset: kept.
     */
    retentionDays: Type.Optional(RetentionDays),
  },
  { additionalProperties: false },
);

const RateLimitConfig = Type.Object(
  {
    /** Requests allowed per client IP in each window (counted before the body is parsed). */
    max: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000 })),
    timeWindowMs: Type.Optional(Type.Integer({ minimum: 1000, maximum: 86_400_000 })),
  },
  { additionalProperties: false },
);

const PerMinute = Type.Integer({ minimum: 1, maximum: 1_000_000 });
const HandoffLimitsConfig = Type.Object(
  {
    /** Hand-offs accepted from one client IP per minute (before the body is parsed). */
    perAddressPerMinute: Type.Optional(PerMinute),
    /** Hand-offs accepted per site and contact email (case and spaces folded) per minute. */
    perContactPerMinute: Type.Optional(PerMinute),
    /** Hand-offs accepted per site per minute, from everyone. */
    perSitePerMinute: Type.Optional(PerMinute),
    /**
     * Once a site has queued this many hand-offs for email/webhook delivery
     * in the last hour, the deliveries of hand-offs sent without an Origin
     * header (not from a browser) are held: stored in the inbox, not sent.
     */
    untrustedPerSitePerHour: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  },
  { additionalProperties: false },
);

const ConfigFile = Type.Object(
  {
    sites: Type.Array(SiteConfig, { minItems: 1, maxItems: 10_000 }),
    rateLimit: Type.Optional(RateLimitConfig),
    /** What one source can make the support team receive (server/handoff/handoff-limits.ts). */
    handoffLimits: Type.Optional(HandoffLimitsConfig),
    /** Trust X-Forwarded-For (only behind your own reverse proxy). */
    trustProxy: Type.Optional(Type.Boolean()),
    /** SMTP server for hand-off emails. */
    smtp: Type.Optional(SmtpSettings),
    /**
     * Hours after a help session in which a problem from the same browser
     * (a "No", a give-up, a person asked for, a search that found nothing)
     * still makes it unresolved (server/dashboard/sessions/help-sessions.ts).
     */
    followUpHours: Type.Optional(Type.Integer({ minimum: 0, maximum: 24 * 30 })),
    /**
     * The collector's public base URL ("https://help.example.com"), for the
     * links it sends: the thread page a reply email links to (unset: the
     * address it listens on, right only on one machine, the demo), and the
     * attachments' signed links in emails and webhooks (unset: files are
     * named without a link).
     */
    publicUrl: Type.Optional(Type.String({ maxLength: 300, pattern: '^https?://[^\\s/?#]+(/[^\\s?#]*)?$' })),
    /** Customers' email replies, threaded back (see InboundConfig). */
    inbound: Type.Optional(InboundConfig),
  },
  { additionalProperties: false },
);
const checkFile = Compile(ConfigFile);

export type SiteConfig = Static<typeof SiteConfig>;
export type InboundSettings = Static<typeof InboundConfig>;
export type HandoffLimits = Required<Static<typeof HandoffLimitsConfig>>;

/** A complete, validated configuration. */
export interface CollectorConfig {
  sites: SiteConfig[];
  rateLimit: { max: number; timeWindowMs: number };
  handoffLimits: HandoffLimits;
  trustProxy: boolean;
  smtp?: SmtpSettings;
  /** See the config file's `followUpHours` (default 24). */
  followUpHours?: number;
  /** See the config file's `publicUrl` (no trailing slash). */
  publicUrl?: string;
  inbound?: InboundSettings;
}

/** Generous: a busy office behind one NAT address still fits. */
export const DEFAULT_RATE_LIMIT = { max: 600, timeWindowMs: 60_000 } as const;
/**
 * Far tighter than events: a customer sends one hand-off, maybe two; each
 * becomes an email and a webhook the team receives.
 */
export const DEFAULT_HANDOFF_LIMITS: HandoffLimits = { perAddressPerMinute: 5, perContactPerMinute: 3, perSitePerMinute: 30, untrustedPerSitePerHour: 20 };
export const DEFAULT_CONFIG_FILE = 'ayuda.config.json';

/** A configuration problem, with the field at fault in the message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Where `npm run demo` builds the demo shop's FAQ (cli/commands/demo.ts). */
export const DEMO_FAQ_INDEX = resolve(import.meta.dirname, '../../dist/demo/ayuda/faq-index.json');

/** Site `demo` for any loopback origin, with the demo shop's FAQ: what `ayuda serve` uses without a config file. */
export function defaultConfig(): CollectorConfig {
  return {
    sites: [{ key: 'demo', origins: ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'], faq: DEMO_FAQ_INDEX }],
    rateLimit: { ...DEFAULT_RATE_LIMIT },
    handoffLimits: { ...DEFAULT_HANDOFF_LIMITS },
    trustProxy: false,
  };
}

/** Friendlier words for the fields a site owner edits by hand (here and in the dashboard's site form). */
export const FIELD_MESSAGES: Record<string, string> = {
  sites: 'must be a non-empty array of { "key", "origins" }',
  key: 'must be a site key of 1-64 characters [A-Za-z0-9_-]',
  name: 'must be a name of 1-100 characters, shown in the dashboard',
  origins: 'must be an array of origins like "https://shop.example" or "http://localhost:*"',
  max: 'must be a positive integer (requests per window)',
  timeWindowMs: 'must be an integer number of milliseconds (1000-86400000)',
  trustProxy: 'must be true or false',
  perAddressPerMinute: 'must be a positive integer (hand-offs per minute from one address)',
  perContactPerMinute: 'must be a positive integer (hand-offs per minute per contact email)',
  perSitePerMinute: 'must be a positive integer (hand-offs per minute per site)',
  untrustedPerSitePerHour: 'must be a whole number (hand-offs per site per hour before deliveries without Origin are held)',
  followUpHours: 'must be a whole number of hours (0-720)',
  faq: 'must be the path or http(s) URL of the faq-index.json that `ayuda build` writes',
  retentionDays: 'must be a whole number of days (1-3650), or left out to keep everything',
  publicUrl: 'must be the collector\'s public base URL, like "https://help.example.com"',
  domain: 'must be the domain of the reply addresses, like "reply.example.com"',
};

/**
 * Validate a parsed config file and fill in defaults.
 * Throws {@link ConfigError} naming the field: `sites[0].origins: must be an array of origins ...`.
 *
 * @example
 * const config = parseConfig({ sites: [{ key: 'shop', origins: ['https://shop.example'] }] });
 */
export function parseConfig(raw: unknown, source = 'config'): CollectorConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${source}: must be a JSON object with "sites"`);
  }
  if (!checkFile.Check(raw)) {
    throw new ConfigError(`${source}: ${describeFirstError(raw)}`);
  }
  const seen = new Set<string>();
  raw.sites.forEach((site, i) => {
    if (seen.has(site.key)) throw new ConfigError(`${source}: sites[${i}].key: duplicate site key "${site.key}"`);
    seen.add(site.key);
  });
  return {
    sites: raw.sites.map((s) => ({ key: s.key, ...(s.name ? { name: s.name } : {}), origins: [...s.origins], ...(s.handoff ? { handoff: s.handoff } : {}), ...(s.faq ? { faq: s.faq } : {}), ...(s.retentionDays ? { retentionDays: s.retentionDays } : {}) })),
    rateLimit: { ...DEFAULT_RATE_LIMIT, ...raw.rateLimit },
    handoffLimits: { ...DEFAULT_HANDOFF_LIMITS, ...raw.handoffLimits },
    trustProxy: raw.trustProxy ?? false,
    ...(raw.smtp ? { smtp: raw.smtp } : {}),
    ...(raw.followUpHours !== undefined ? { followUpHours: raw.followUpHours } : {}),
    ...(raw.publicUrl ? { publicUrl: raw.publicUrl.replace(/\/+$/, '') } : {}),
    ...(raw.inbound ? { inbound: raw.inbound } : {}),
  };
}

function describeFirstError(raw: unknown): string {
  for (const err of checkFile.Errors(raw)) {
    if (err.keyword === 'boolean') continue;
    const segments = err.instancePath.split('/').slice(1);
    if (err.keyword === 'additionalProperties') {
      const extra = (err.params as { additionalProperties?: string[] }).additionalProperties?.[0] ?? '?';
      return `${formatPath([...segments, extra])}: unknown field`;
    }
    if (err.keyword === 'required') {
      const missing = (err.params as { requiredProperties?: string[] }).requiredProperties ?? [];
      const present = new Set(Object.keys(valueAt(raw, segments) ?? {}));
      const name = missing.find((m) => !present.has(m)) ?? missing[0] ?? '?';
      return `${formatPath([...segments, name])}: is required`;
    }
    // Anything wrong inside "origins" is reported on "origins" as a whole.
    const originsAt = segments.indexOf('origins');
    const pointAt = originsAt >= 0 ? segments.slice(0, originsAt + 1) : segments;
    const last = pointAt[pointAt.length - 1];
    const words =
      last !== undefined && FIELD_MESSAGES[last] !== undefined
        ? FIELD_MESSAGES[last]
        : pointAt.length === 2 && pointAt[0] === 'sites'
          ? 'must be an object { "key", "origins" }'
          : err.message;
    return `${formatPath(pointAt)}: ${words}`;
  }
  return 'invalid configuration';
}

function valueAt(raw: unknown, segments: string[]): Record<string, unknown> | undefined {
  let v: unknown = raw;
  for (const s of segments) v = (v as Record<string, unknown> | undefined)?.[s];
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
}

function formatPath(segments: string[]): string {
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '(root)';
}

/**
 * Load the config file at `path`. When `path` is undefined and the default
 * file does not exist, return {@link defaultConfig}; a file named explicitly
 * must exist.
 */
export async function loadConfig(path?: string): Promise<{ config: CollectorConfig; source: string }> {
  const file = path ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && path === undefined) return { config: defaultConfig(), source: 'built-in default (site "demo", loopback origins)' };
    throw new ConfigError(`${file}: cannot read config file (${code ?? String(err)})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const config = parseConfig(raw, file);
  // A site's FAQ path is relative to the config file, wherever the collector runs.
  const base = dirname(resolve(file));
  config.sites = config.sites.map((s) => (s.faq && !isFaqUrl(s.faq) && !isAbsolute(s.faq) ? { ...s, faq: resolve(base, s.faq) } : s));
  return { config, source: file };
}
