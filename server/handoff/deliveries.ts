/**
 * Delivering stored hand-offs to the site's email and webhook destinations,
 * durably: each (hand-off, destination) is a row in `handoff_deliveries`
 * written in the same request that stores the hand-off; a timer runs the
 * due rows, logs every attempt in `handoff_delivery_log`, and retries
 * failures with exponential backoff (base × 2^(attempt−1), +0–20% jitter,
 * at most an hour) until `maxAttempts`. Rows still pending when the
 * collector stops are picked up when it starts again. Several collectors on
 * one PostgreSQL database each claim the rows they run, so each delivery
 * is attempted by one process.
 *
 * The same queue carries a hand-off's conversation (server/conversation/)
 * and the site's own signed webhook events that belong to no hand-off
 * (`group.spiking`, server/grouping/spike-alerts.ts; `handoff_id`
 * {@link SITE_EVENT}): every signed webhook with retries goes through here.
 *
 * A hand-off sent without an Origin header did not come from a browser's
 * page (keys are public; anyone can post one with curl). Once its site has
 * queued `untrustedPerSitePerHour` hand-offs for delivery in the last hour,
 * such a hand-off's deliveries are written `held`: it is in the inbox, but
 * nothing is emailed or posted, and the dashboard's inbox warns about it.
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../db/dialect/index.ts';
import type { HandoffSiteSettings, SmtpSettings } from './settings.ts';
import type { HandoffRecord } from '../../widget/src/handoff/types.ts';
import { emailMessage } from './email-message.ts';
import { createMailer, type Mailer } from './send-email.ts';
import { postSigned, sendWebhook, type AttemptResult } from './send-webhook.ts';
import type { SendMailOptions } from 'nodemailer';
import { SITE_EVENT, type DeliveryTarget, type HandoffDeliveriesTable, type HandoffSchema } from './tables.ts';
import { attachmentLinks } from '../attachments/links.ts';

export interface DeliveryOptions {
  /** Delay before the first retry (default 5 s); doubles with each attempt. */
  baseDelayMs?: number;
  /** Attempts before a delivery is given up (default 10, about 1.5 hours of retries). */
  maxAttempts?: number;
  fetch?: typeof fetch;
  /** SMTP sender (default: nodemailer over the config's `smtp`). */
  mailer?: Mailer;
  now?: () => number;
  random?: () => number;
  /** Told about deliveries given up and failed attempts. */
  log?: (message: string) => void;
  /**
   * How often due deliveries are looked for besides this process's own
   * timer (default 2 s): deliveries an admin released from `held` on the
   * dashboard, or queued by another collector process on the same database.
   */
  pollMs?: number;
}

/**
 * A delivery with what to send ready made: an event of a hand-off's
 * conversation (server/conversation/), or a site's own webhook event
 * (`handoff_id` {@link SITE_EVENT}; its target `webhook:<event id>` is queued
 * once, however often it is queued again).
 */
export interface ConversationDelivery {
  /** The hand-off's id, or {@link SITE_EVENT}. */
  handoff_id: string;
  site: string;
  target: `${DeliveryTarget}:${string}`;
  /** The email's nodemailer options, or the webhook's JSON body. */
  payload: string;
}

export interface Deliveries {
  /** Queue the record's deliveries (within the caller's storing of it) and run them soon; `untrusted`: sent without Origin. */
  enqueue(record: HandoffRecord, from?: { untrusted?: boolean }): Promise<void>;
  /** Queue ready-made deliveries (a reply emailed to the customer, a conversation's or the site's webhook events) and run them soon. */
  queue(items: ConversationDelivery[]): Promise<void>;
  /** Try a delivery again now (a lead's retry): one more attempt, whatever its state. */
  retry(id: number): Promise<boolean>;
  /** Run every due delivery now; resolves when their attempts are done. */
  runDue(): Promise<void>;
  close(): Promise<void>;
}

const MAX_DELAY_MS = 3_600_000;
/** How long a claimed delivery is this process's: far longer than one attempt (the webhook times out well before). */
export const CLAIM_MS = 600_000;
const HOUR_MS = 3_600_000;

/** Where deliveries go: each site's destinations, read when a delivery is queued and at each attempt, and the SMTP server. */
export interface DeliverySettings {
  sites: { get(key: string): { handoff?: HandoffSiteSettings } | undefined };
  smtp?: SmtpSettings;
  /** Hand-offs of a site queued in the last hour after which those without Origin are held (default: never held). */
  untrustedPerSitePerHour?: number;
  /**
   * Resolves once `sites` is loaded: no attempt runs before (a site not yet
   * read would look like one whose destinations were removed, and its
   * deliveries would be given up). On PostgreSQL the first read takes long
   * enough for the start-up run to come first.
   */
  ready?: Promise<unknown>;
  /** The collector's address as people reach it (the config's `publicUrl`): the attachments' signed links start with it. */
  publicUrl?: string;
}

/** The destinations set for the record's site that take its channel. */
export function targetsFor(config: DeliverySettings, record: HandoffRecord): DeliveryTarget[] {
  const settings = config.sites.get(record.site)?.handoff;
  const takes = (d?: { channels?: string[] }) => !!d && (!d.channels?.length || d.channels.includes(record.channel));
  return [...(takes(settings?.email) ? ['email' as const] : []), ...(takes(settings?.webhook) ? ['webhook' as const] : [])];
}

/** Whose delivery, in the log: the hand-off's, or the site's. */
const whose = (row: HandoffDeliveriesTable): string => (row.handoff_id === SITE_EVENT ? `site ${row.site}` : `hand-off ${row.handoff_id}`);

export function createDeliveries(db: Kysely<HandoffSchema>, config: DeliverySettings, options: DeliveryOptions = {}): Deliveries {
  const { baseDelayMs = 5000, maxAttempts = 10, now = Date.now, random = Math.random, log = () => {} } = options;
  let mailer = options.mailer;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  async function send(message: SendMailOptions): Promise<AttemptResult> {
    if (!mailer && !config.smtp) return { ok: false, detail: 'no smtp settings' };
    mailer ??= createMailer(config.smtp!);
    try {
      const info = await mailer.send(message);
      return { ok: true, ...(info.messageId ? { detail: info.messageId } : {}) };
    } catch (err) {
      return { ok: false, detail: String((err as Error).message ?? err).slice(0, 200) };
    }
  }

  async function attempt(row: HandoffDeliveriesTable): Promise<AttemptResult> {
    const settings = config.sites.get(row.site)?.handoff;
    if (row.payload !== null && row.payload !== undefined) {
      if (row.target.startsWith('email:')) return send(JSON.parse(row.payload) as SendMailOptions);
      if (!settings?.webhook) return { ok: false, final: true, detail: 'the site no longer has a webhook; not retried' };
      const event = row.target.slice('webhook:'.length);
      return postSigned(row.payload, settings.webhook, `${row.handoff_id === SITE_EVENT ? event : `${row.handoff_id}.${event}`}.${row.attempts + 1}`, now(), options.fetch);
    }
    const record = JSON.parse(row.record) as HandoffRecord;
    // The files stored for it (they arrive before it), each with a link signed at this attempt.
    const files = () => attachmentLinks(db as Kysely<never>, row.handoff_id, config.publicUrl, now());
    if (row.target === 'webhook') {
      if (!settings?.webhook) return { ok: false, final: true, detail: 'the site no longer has a webhook (removed since the hand-off arrived); not retried' };
      return sendWebhook(record, settings.webhook, `${row.handoff_id}.${row.attempts + 1}`, now(), options.fetch, await files());
    }
    if (!settings?.email) return { ok: false, final: true, detail: 'the site no longer has a support email (removed since the hand-off arrived); not retried' };
    return send(emailMessage(record, settings.email.to, settings.email.from ?? config.smtp?.from, await files()));
  }

  async function runOne(row: HandoffDeliveriesTable): Promise<void> {
    const result = await attempt(row);
    const at = now();
    const attempts = row.attempts + 1;
    const done = result.ok || result.final === true || attempts >= maxAttempts;
    const delay = Math.min(baseDelayMs * 2 ** (attempts - 1), MAX_DELAY_MS) * (1 + 0.2 * random());
    await db.transaction().execute(async (tx) => {
      await tx
        .insertInto('handoff_delivery_log')
        .values({ delivery_id: row.id!, handoff_id: row.handoff_id, target: row.target, attempt: attempts, at, ok: result.ok ? 1 : 0, status_code: result.status ?? null, detail: result.detail ?? null })
        .execute();
      await tx
        .updateTable('handoff_deliveries')
        .set({ attempts, status: result.ok ? 'delivered' : done ? 'failed' : 'pending', next_at: done ? at : at + Math.round(delay), last_error: result.ok ? null : (result.detail ?? null), updated_at: at })
        .where('id', '=', row.id!)
        .execute();
    });
    if (!result.ok) log(`${whose(row)}: ${row.target} attempt ${attempts} failed (${result.detail ?? result.status})${done ? ', given up' : ''}`);
  }

  /**
   * The due deliveries, claimed for this process: their next attempt moves
   * {@link CLAIM_MS} ahead, so another collector on the same database (which
   * skips rows being claimed, FOR UPDATE SKIP LOCKED on PostgreSQL) does not
   * take them; the attempt's outcome then sets the real next time. A process
   * that dies mid-attempt leaves its rows to be retried once the claim ends.
   */
  async function claimDue(): Promise<HandoffDeliveriesTable[]> {
    return db.transaction().execute(async (tx) => {
      const t = now();
      const due = await dialectOf(tx)
        .skipLocked(tx.selectFrom('handoff_deliveries').selectAll().where('status', '=', 'pending').where('next_at', '<=', t).orderBy('next_at').limit(50))
        .execute();
      if (due.length) await tx.updateTable('handoff_deliveries').set({ next_at: t + CLAIM_MS }).where('id', 'in', due.map((r) => r.id!)).execute();
      return due;
    });
  }

  async function run(): Promise<void> {
    await config.ready;
    do {
      again = false;
      const due = await claimDue();
      await Promise.all(due.map((row) => runOne(row).catch((err: unknown) => log(`${whose(row)}: ${String(err)}`))));
      if (due.length === 50) again = true;
    } while (again && !closed);
    await schedule();
  }

  async function schedule(): Promise<void> {
    if (closed) return;
    const next = await db.selectFrom('handoff_deliveries').select((eb) => eb.fn.min('next_at').as('at')).where('status', '=', 'pending').executeTakeFirst();
    clearTimeout(timer);
    timer = undefined;
    if (next?.at != null) timer = setTimeout(() => void runDue(), Math.max(0, Number(next.at) - now()));
  }

  function runDue(): Promise<void> {
    if (closed) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => (running = undefined));
    return running;
  }

  /** Whether the site has queued `untrustedPerSitePerHour` hand-offs or more in the hour before `at`. */
  async function abnormal(site: string, at: number): Promise<boolean> {
    const ceiling = config.untrustedPerSitePerHour;
    if (ceiling === undefined) return false;
    const row = await db
      .selectFrom('handoff_deliveries')
      .select((eb) => eb.fn.count<number>('handoff_id').distinct().as('n'))
      .where('site', '=', site)
      .where('handoff_id', '!=', SITE_EVENT)
      .where('created_at', '>', at - HOUR_MS)
      .executeTakeFirst();
    return Number(row?.n ?? 0) >= ceiling;
  }

  // Pick up what a previous run of the collector left pending, and what is released or queued elsewhere.
  void schedule().catch(() => {});
  const poll = setInterval(() => void runDue().catch(() => {}), options.pollMs ?? 2000);
  poll.unref();

  return {
    async enqueue(record, { untrusted = false } = {}) {
      const targets = targetsFor(config, record);
      if (targets.length === 0) return;
      const at = now();
      const held = untrusted && (await abnormal(record.site, at));
      const status = held ? ('held' as const) : ('pending' as const);
      const lastError = held ? `held: sent without Origin while ${record.site} had ${config.untrustedPerSitePerHour} or more hand-offs in an hour` : null;
      await db
        .insertInto('handoff_deliveries')
        .values(targets.map((target) => ({ handoff_id: record.id, site: record.site, target, status, attempts: 0, next_at: at, last_error: lastError, record: JSON.stringify(record), payload: null, created_at: at, updated_at: at })))
        .onConflict((oc) => oc.columns(['handoff_id', 'target']).doNothing())
        .execute();
      if (held) log(`hand-off ${record.id}: deliveries held (no Origin, ${record.site} over ${config.untrustedPerSitePerHour} hand-offs an hour)`);
      else void runDue();
    },
    async queue(items) {
      if (items.length === 0) return;
      const at = now();
      await db
        .insertInto('handoff_deliveries')
        .values(items.map((item) => ({ ...item, status: 'pending' as const, attempts: 0, next_at: at, last_error: null, record: '{}', created_at: at, updated_at: at })))
        .onConflict((oc) => oc.columns(['handoff_id', 'target']).doNothing())
        .execute();
      void runDue();
    },
    async retry(id) {
      const at = now();
      const result = await db.updateTable('handoff_deliveries').set({ status: 'pending', next_at: at, updated_at: at }).where('id', '=', id).executeTakeFirst();
      if (!Number(result.numUpdatedRows)) return false;
      // One more attempt: a retry of a delivery given up is not given up again before it is tried.
      // (Portable SQL: SQLite's two-argument min() is PostgreSQL's least().)
      await db.updateTable('handoff_deliveries').set({ attempts: sql<number>`case when attempts < ${maxAttempts - 1} then attempts else ${maxAttempts - 1} end` }).where('id', '=', id).execute();
      await runDue();
      return true;
    },
    runDue,
    async close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poll);
      await running?.catch(() => {});
      mailer?.close();
    },
  };
}
