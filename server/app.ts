/**
 * The collector: a Fastify app that receives the widget's event batches.
 * It opens no port and no database itself; callers pass both in.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { MAX_BATCH_BYTES } from '../widget/src/events/schema.ts';
import type { CollectorConfig } from './config/config.ts';
import type { CollectorDb } from './db/index.ts';
import { errorHandler, notFoundHandler } from './http/errors.ts';
import { eventsRoute } from './routes/events.ts';
import { createDeliveries, type DeliveryOptions } from './handoff/deliveries.ts';
import { handoffsRoute } from './handoff/route.ts';
import { handoffTables } from './handoff/tables.ts';
import { createConversations } from './conversation/conversation.ts';
import { conversationTables } from './conversation/tables.ts';
import { threadsRoute } from './conversation/threads-route.ts';
import { createCustomerLinks } from './conversation/customer-links.ts';
import { startInboundMail, type InboundMail } from './conversation/inbound-mail.ts';
import { threadPageRoute } from './conversation/thread-page-route.ts';
import { createRetention } from './privacy/retention.ts';
import { privacyTables } from './privacy/tables.ts';
import { healthzRoute } from './routes/healthz.ts';
import { dashboard, type DashboardOptions } from './dashboard/plugin.ts';
import { createSiteRegistry } from './sites/registry.ts';
import { createWriteHealth, isStorageError } from './db/storage-health.ts';
import { noteRequest } from './db/slices.ts';
import { createFaqCatalog } from './sites/faq-catalog.ts';
import { noticesRoute } from './notices/notices-route.ts';
import { withDashboardTables } from './db/dashboard-schema.ts';
import { attachmentsRoute } from './attachments/route.ts';

export interface CollectorOptions {
  db: CollectorDb;
  config: CollectorConfig;
  /** Fastify logger options; off by default. */
  logger?: FastifyServerOptions['logger'];
  /** The support leads' dashboard at /dashboard (default on); false leaves it out. */
  dashboard?: DashboardOptions | false;
  /** Hand-off delivery (email, webhook) retry settings and test doubles. */
  handoffDelivery?: DeliveryOptions;
  /**
   * How often the sites are read again from the database (default 5 s), so
   * that a change made through another collector process on the same
   * database is followed too; this process's own changes apply at once.
   */
  sitesRefreshMs?: number;
  /** How often sites' retention periods are applied (server/privacy/retention.ts), default every 10 minutes; 0: never. */
  retentionIntervalMs?: number;
}

/**
 * @example
 * const db = await openDatabase(':memory:');
 * const app = createCollector({ db, config: defaultConfig() });
 * const res = await app.inject({ method: 'POST', url: '/v1/events', payload: batch });
 */
export function createCollector({ db, config, logger = false, dashboard: dashboardOptions = {}, handoffDelivery, sitesRefreshMs = 5000, retentionIntervalMs = 600_000 }: CollectorOptions): FastifyInstance {
  const app = Fastify({
    logger,
    bodyLimit: MAX_BATCH_BYTES,
    trustProxy: config.trustProxy,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    requestTimeout: 30_000,
  });
  closeKeptAliveSockets(app);
  // Storage failures are remembered for /healthz until a write succeeds (server/db/storage-health.ts).
  const writes = createWriteHealth();
  app.setErrorHandler((err, request, reply) => {
    if (isStorageError(err)) writes.failed(err);
    errorHandler(err, request, reply);
  });
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'POST' && reply.statusCode < 300) writes.succeeded();
  });
  // While requests come, the background steps' slices give way to them (server/db/slices.ts).
  app.addHook('onRequest', (_request, _reply, done) => {
    noteRequest();
    done();
  });
  app.setNotFoundHandler(notFoundHandler);
  void app.register(rateLimit, { global: false });
  // The sites (the config file's and the dashboard's), loaded before the app is ready.
  const sites = createSiteRegistry(db.kysely, config.sites);
  const sitesLoaded = sites.load();
  sitesLoaded.catch(() => {}); // reported by app.ready(), below
  void app.register(async () => sitesLoaded);
  const rereadSites = setInterval(() => void sites.refresh().catch((err: unknown) => app.log.warn({ err }, 'reading the sites again failed')), sitesRefreshMs);
  rereadSites.unref();
  app.addHook('preClose', async () => clearInterval(rereadSites));
  void app.register(eventsRoute, { db, config, sites });
  // One delivery queue for hand-offs and their conversations (replies emailed to customers, webhook events).
  const deliverySettings = {
    sites,
    ready: sitesLoaded,
    untrustedPerSitePerHour: config.handoffLimits.untrustedPerSitePerHour,
    ...(config.smtp ? { smtp: config.smtp } : {}),
    // Read at each attempt: a collector listening on a port chosen at start-up (the demo, tests) sets it after listen.
    get publicUrl() {
      return config.publicUrl;
    },
  };
  const deliveries = createDeliveries(handoffTables(db.kysely), deliverySettings, { log: (m) => app.log.warn(m), ...handoffDelivery });
  app.addHook('onClose', () => deliveries.close());
  // The reply email's thread link and reply address: on the config's publicUrl, else where this process listens.
  let listening: string | undefined;
  app.addHook('onListen', async () => {
    listening = listenedUrl(app);
  });
  const links = createCustomerLinks(withDashboardTables(db.kysely), { baseUrl: () => config.publicUrl ?? listening, ...(config.inbound ? { replyDomain: config.inbound.domain } : {}) });
  const conversations = createConversations({ db: conversationTables(db.kysely), deliveries, settings: deliverySettings, links });
  void app.register(handoffsRoute, { db, config, sites, deliveries });
  void app.register(attachmentsRoute, { db, config, sites });
  void app.register(threadsRoute, { sites, conversations, readsPerMinute: config.rateLimit.max });
  void app.register(threadPageRoute, { conversations, links, readsPerMinute: config.rateLimit.max });
  // Customers' email answers, when the config has an inbound listener: it opens with the HTTP port.
  if (config.inbound) {
    const settings = config.inbound;
    let inbound: Promise<InboundMail> | undefined;
    app.addHook('onListen', async () => {
      inbound = startInboundMail({ settings, conversations, links, log: (m) => app.log.warn(m) });
      inboundMail.set(app, inbound);
      await inbound;
    });
    app.addHook('onClose', async () => {
      await (await inbound?.catch(() => undefined))?.close();
    });
  }
  // Each site's retention period, applied in slices in the background (one process at a time on PostgreSQL).
  if (retentionIntervalMs > 0) {
    const retention = createRetention(privacyTables(db.kysely), sites);
    const applyRetention = setInterval(() => {
      void sitesLoaded.then(() => retention.run(5_000)).catch((err: unknown) => app.log.error({ err }, 'retention step failed'));
    }, retentionIntervalMs);
    applyRetention.unref();
    app.addHook('preClose', async () => clearInterval(applyRetention));
  }
  void app.register(healthzRoute, { db, writes });
  // Each site's FAQ index (entry titles, its engine), for the notices and the dashboard.
  const faqs = createFaqCatalog({ sourceOf: (key) => sites.get(key)?.faq, log: (message) => app.log.warn(message) });
  void app.register(noticesRoute, { db: withDashboardTables(db.kysely), sites, faqs });
  if (dashboardOptions) void app.register(dashboard, { prefix: '/dashboard', db, config, sites, faqs, conversations, deliveries, ...dashboardOptions });
  return app;
}

const inboundMail = new WeakMap<FastifyInstance, Promise<InboundMail>>();

/** The collector's inbound SMTP listener, once it listens (the config's `inbound`), for its port. */
export function inboundMailOf(app: FastifyInstance): Promise<InboundMail> | undefined {
  return inboundMail.get(app);
}

/** The URL this app listens on (the first address), with a wildcard host named as localhost. */
function listenedUrl(app: FastifyInstance): string | undefined {
  const address = app.server.address();
  if (!address || typeof address === 'string') return undefined;
  const host = address.address === '0.0.0.0' || address.address === '::' ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * Once closing, answer in-flight requests with `Connection: close`: a socket
 * kept alive after its last reply would otherwise hold `close()` open until
 * the keep-alive timeout.
 */
function closeKeptAliveSockets(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) void reply.header('connection', 'close');
  });
}
