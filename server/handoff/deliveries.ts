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
 */
import type { Kysely } from 'kysely';
import { dialectOf } from '../db/dialect/index.ts';
import type { HandoffSiteSettings, SmtpSettings } from './settings.ts';
import type { HandoffRecord } from '../../widget/src/handoff/types.ts';
import { emailMessage } from './email-message.ts';
import { createMailer, type Mailer } from './send-email.ts';
import { sendWebhook, type AttemptResult } from './send-webhook.ts';
import type { DeliveryTarget, HandoffDeliveriesTable, HandoffSchema } from './tables.ts';

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
}

export interface Deliveries {
  /** Queue the record's deliveries (within the caller's storing of it) and run them soon. */
  enqueue(record: HandoffRecord): Promise<void>;
  /** Run every due delivery now; resolves when their attempts are done. */
  runDue(): Promise<void>;
  close(): Promise<void>;
}

const MAX_DELAY_MS = 3_600_000;
/** How long a claimed delivery is this process's: far longer than one attempt (the webhook times out well before). */
export const CLAIM_MS = 600_000;

/** Where deliveries go: each site's destinations, read when a delivery is queued and at each attempt, and the SMTP server. */
export interface DeliverySettings {
  sites: { get(key: string): { handoff?: HandoffSiteSettings } | undefined };
  smtp?: SmtpSettings;
}

/** The destinations set for the record's site that take its channel. */
export function targetsFor(config: DeliverySettings, record: HandoffRecord): DeliveryTarget[] {
  const settings = config.sites.get(record.site)?.handoff;
  const takes = (d?: { channels?: string[] }) => !!d && (!d.channels?.length || d.channels.includes(record.channel));
  return [...(takes(settings?.email) ? ['email' as const] : []), ...(takes(settings?.webhook) ? ['webhook' as const] : [])];
}

export function createDeliveries(db: Kysely<HandoffSchema>, config: DeliverySettings, options: DeliveryOptions = {}): Deliveries {
  const { baseDelayMs = 5000, maxAttempts = 10, now = Date.now, random = Math.random, log = () => {} } = options;
  let mailer = options.mailer;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  async function attempt(row: HandoffDeliveriesTable): Promise<AttemptResult> {
    const record = JSON.parse(row.record) as HandoffRecord;
    const settings = config.sites.get(row.site)?.handoff;
    if (row.target === 'webhook') {
      if (!settings?.webhook) return { ok: false, final: true, detail: 'the site no longer has a webhook (removed since the hand-off arrived); not retried' };
      return sendWebhook(record, settings.webhook, `${row.handoff_id}.${row.attempts + 1}`, now(), options.fetch);
    }
    if (!settings?.email) return { ok: false, final: true, detail: 'the site no longer has a support email (removed since the hand-off arrived); not retried' };
    if (!mailer && !config.smtp) return { ok: false, detail: 'no smtp settings' };
    mailer ??= createMailer(config.smtp!);
    try {
      const info = await mailer.send(emailMessage(record, settings.email.to, settings.email.from ?? config.smtp?.from));
      return { ok: true, ...(info.messageId ? { detail: info.messageId } : {}) };
    } catch (err) {
      return { ok: false, detail: String((err as Error).message ?? err).slice(0, 200) };
    }
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
    if (!result.ok) log(`hand-off ${row.handoff_id}: ${row.target} attempt ${attempts} failed (${result.detail ?? result.status})${done ? ', given up' : ''}`);
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
    do {
      again = false;
      const due = await claimDue();
      await Promise.all(due.map((row) => runOne(row).catch((err: unknown) => log(`hand-off ${row.handoff_id}: ${String(err)}`))));
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

  // Pick up what a previous run of the collector left pending.
  void schedule().catch(() => {});

  return {
    async enqueue(record) {
      const targets = targetsFor(config, record);
      if (targets.length === 0) return;
      const at = now();
      await db
        .insertInto('handoff_deliveries')
        .values(targets.map((target) => ({ handoff_id: record.id, site: record.site, target, status: 'pending' as const, attempts: 0, next_at: at, last_error: null, record: JSON.stringify(record), created_at: at, updated_at: at })))
        .onConflict((oc) => oc.columns(['handoff_id', 'target']).doNothing())
        .execute();
      void runDue();
    },
    runDue,
    async close() {
      closed = true;
      clearTimeout(timer);
      await running?.catch(() => {});
      mailer?.close();
    },
  };
}
