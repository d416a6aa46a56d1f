/** A collector for hand-off tests: in-memory (or file) database, sites with hand-off destinations, fast retries. */
import { createCollector } from '../../server/app.ts';
import { parseConfig, type CollectorConfig } from '../../server/config/config.ts';
import { openDatabase, type CollectorDb } from '../../server/db/index.ts';
import type { DeliveryOptions } from '../../server/handoff/deliveries.ts';
import { handoffTables } from '../../server/handoff/tables.ts';
import { testDatabase } from '../pg/test-store.ts';

export const SITE_ORIGIN = 'http://localhost:5173';
export const WEBHOOK_SECRET = 'whsec_test_0123456789abcdef';

export interface HandoffDestinations {
  smtpPort?: number;
  webhookUrl?: string;
  emailChannels?: string[];
  origins?: string[];
  /** Limits in place of the tight `rateLimit` these tests use by default (e.g. `{}` for the shipped defaults). */
  limits?: Record<string, unknown>;
}

export function handoffConfig(d: HandoffDestinations = {}): CollectorConfig {
  return parseConfig({
    sites: [
      {
        key: 'demo',
        origins: d.origins ?? [SITE_ORIGIN],
        handoff: {
          ...(d.smtpPort ? { email: { to: 'soporte@tienda.example', from: 'Ayuda <ayuda@tienda.example>', ...(d.emailChannels ? { channels: d.emailChannels } : {}) } } : {}),
          ...(d.webhookUrl ? { webhook: { url: d.webhookUrl, secret: WEBHOOK_SECRET } } : {}),
        },
      },
      { key: 'shop', origins: ['https://shop.example'] },
    ],
    ...(d.limits ?? { rateLimit: { max: 5, timeWindowMs: 60_000 } }),
    ...(d.smtpPort ? { smtp: { host: '127.0.0.1', port: d.smtpPort } } : {}),
  });
}

export async function handoffCollector(d: HandoffDestinations = {}, delivery: DeliveryOptions = { baseDelayMs: 50 }, file?: string) {
  const config = handoffConfig(d);
  const db: CollectorDb = await openDatabase(file ?? (await testDatabase()));
  const app = createCollector({ db, config, dashboard: false, handoffDelivery: delivery });
  await app.ready();
  const kysely = handoffTables(db.kysely);
  return {
    app,
    db,
    kysely,
    config,
    inbox: () => kysely.selectFrom('handoffs').selectAll().orderBy('created_at').execute(),
    deliveries: () => kysely.selectFrom('handoff_deliveries').selectAll().orderBy('id').execute(),
    log: () => kysely.selectFrom('handoff_delivery_log').selectAll().orderBy('id').execute(),
    async close() {
      await app.close();
      await db.close();
    },
  };
}
