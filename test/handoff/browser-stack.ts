/**
 * Everything a hand-off reaches, for one browser test file: the demo shop
 * (built into a folder of its own) with its collector written into the
 * pages, the collector on a free port (in-memory database, hand-offs
 * delivered by email and webhook, fast retries), a real SMTP sink and a
 * real webhook receiver on loopback, and the vendor fixture pages at
 * /vendors/.
 *
 * @example
 *   const stack = useHandoffStack();
 *   it('…', async () => { await page.goto(`${stack.demo}/en/`); … await stack.inbox(); });
 */
import { join, resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DEMO_WEBHOOK_SECRET } from '../../demo/handoff-sinks.ts';
import { REPO_ROOT, startDemo, type DemoServer } from '../../demo/server.ts';
import { startSmtpSink, type SmtpSink } from '../../demo/sinks/smtp-sink.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../demo/sinks/webhook-receiver.ts';
import { createCollector } from '../../server/app.ts';
import { parseConfig } from '../../server/config/config.ts';
import { openDatabase, type CollectorDb } from '../../server/db/index.ts';
import { handoffTables, type HandoffSchema } from '../../server/handoff/tables.ts';
import { tempDir } from '../browser/use-demo.ts';
import type { Selectable } from 'kysely';
import { createUser } from '../../server/auth/users.ts';
import { withDashboardTables } from '../../server/db/dashboard-schema.ts';
import { ensureDashboardBuilt } from '../../server/dashboard/build/ensure-dashboard-built.ts';
import { ADMIN, PASSWORD, VIEWER } from '../dashboard/live-dashboard.ts';

export type InboxRow = Selectable<HandoffSchema['handoffs']>;

export interface HandoffStack {
  readonly demo: string;
  /** The collector's database (attachments, deliveries). */
  readonly db: CollectorDb;
  readonly collector: string;
  readonly smtp: SmtpSink;
  readonly webhook: WebhookReceiver;
  inbox(): Promise<InboxRow[]>;
  /** Waits until the inbox holds `count` hand-offs. */
  waitForInbox(count: number, timeoutMs?: number): Promise<InboxRow[]>;
}

/** With `dashboard`, the collector serves its dashboard too (the real build), with an admin and a viewer (test/dashboard/live-dashboard.ts's). */
export function useHandoffStack(options: { dashboard?: boolean } = {}): HandoffStack {
  let smtp: SmtpSink | undefined;
  let webhook: WebhookReceiver | undefined;
  let db: CollectorDb | undefined;
  let app: FastifyInstance | undefined;
  let demo: DemoServer | undefined;
  let collector = '';
  let dir: string | undefined;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    webhook = await startWebhookReceiver(DEMO_WEBHOOK_SECRET);
    db = await openDatabase(':memory:');
    const config = parseConfig({
      sites: [{ key: 'demo', origins: ['http://127.0.0.1:*', 'http://localhost:*'], handoff: { email: { to: 'soporte@tienda-lumen.example' }, webhook: { url: webhook.url, secret: DEMO_WEBHOOK_SECRET } } }],
      smtp: { host: '127.0.0.1', port: smtp.port, from: 'Ayuda <ayuda@tienda-lumen.example>' },
      // Every journey of a file sends its hand-offs from 127.0.0.1, often as the same customer:
      // these tests are about the widget, test/handoff/flood.test.ts about the limits.
      handoffLimits: { perAddressPerMinute: 1000, perContactPerMinute: 1000, perSitePerMinute: 1000 },
    });
    if (options.dashboard) {
      await ensureDashboardBuilt();
      const k = withDashboardTables(db.kysely);
      await createUser(k, { email: ADMIN, role: 'admin', password: PASSWORD });
      await createUser(k, { email: VIEWER, role: 'viewer', password: PASSWORD });
    }
    app = createCollector({ db, config, dashboard: options.dashboard ? { build: false, groupingIntervalMs: 0, freshMs: Infinity } : false, handoffDelivery: { baseDelayMs: 200 } });
    collector = await app.listen({ port: 0, host: '127.0.0.1' });
    // The attachments' signed links in emails and webhooks start with it (read at each delivery).
    config.publicUrl = collector;
    dir = tempDir('handoff-');
    const errors: string[] = [];
    demo = await startDemo({
      port: 0,
      out: join(dir, 'ayuda'),
      collector,
      io: { stdout: () => {}, stderr: (text) => void errors.push(text) },
      mounts: [{ prefix: '/vendors/', root: resolve(REPO_ROOT, 'test/fixtures/vendors') }],
    }).catch((err: Error) => {
      throw new Error(`${err.message}\n${errors.join('')}`);
    });
  }, 180_000);

  afterAll(async () => {
    await demo?.close();
    await app?.close();
    await db?.close();
    await Promise.all([smtp?.close(), webhook?.close()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const inbox = () => handoffTables(db!.kysely).selectFrom('handoffs').selectAll().orderBy('created_at').execute();
  return {
    get demo() {
      return demo!.url;
    },
    get collector() {
      return collector;
    },
    get db() {
      return db!;
    },
    get smtp() {
      return smtp!;
    },
    get webhook() {
      return webhook!;
    },
    inbox,
    async waitForInbox(count, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const rows = await inbox();
        if (rows.length >= count) return rows;
        if (Date.now() > end) throw new Error(`inbox: ${rows.length} of ${count} hand-offs after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}
