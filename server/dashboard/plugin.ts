/**
 * The support leads' dashboard, served by the collector under /dashboard:
 * login and sessions (server/auth), the groups of unanswered questions and
 * their workflow, measures, the hand-off inbox, exports, user and site management
 * as a JSON API under /dashboard/api, and the Preact app's pages. Every
 * response carries a strict CSP. A background step groups new unanswered
 * questions every few seconds (server/grouping/grouping-step.ts), and each
 * read first groups what arrived since (bounded to 200 ms); another learns
 * alternates from customers who found their answer
 * (server/alternates/alternates-step.ts); then the groups that spike today
 * are posted to their site's webhook as `group.spiking`
 * (server/grouping/spike-alerts.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { CollectorConfig } from '../config/config.ts';
import type { CollectorDb } from '../db/index.ts';
import type { SiteRegistry } from '../sites/registry.ts';
import { withDashboardTables } from '../db/dashboard-schema.ts';
import { registerAuth } from '../auth/auth-plugin.ts';
import { loginRoutes } from '../auth/login-routes.ts';
import { groupingStepFor } from '../grouping/grouping-step.ts';
import { createFaqCatalog, type FaqCatalog } from '../sites/faq-catalog.ts';
import { createAlternatesStep } from '../alternates/alternates-step.ts';
import { createSpikeAlerts, type SpikeAlertOptions } from '../grouping/spike-alerts.ts';
import { DIST_DASHBOARD } from './build/paths.ts';
import { dashboardErrorHandler, useDashboardHeaders } from './http.ts';
import { pages } from './pages.ts';
import type { RouteContext } from './routes/context.ts';
import { exportRoutes } from './routes/export-routes.ts';
import { groupsRoutes } from './routes/groups-routes.ts';
import { alternatesRoutes } from './routes/alternates-routes.ts';
import { tokenRoutes } from './routes/token-routes.ts';
import { inboxRoutes } from './routes/inbox-routes.ts';
import { conversationRoutes } from './routes/conversation-routes.ts';
import { attachmentRoutes } from './routes/attachment-routes.ts';
import type { Conversations } from '../conversation/conversation.ts';
import type { Deliveries } from '../handoff/deliveries.ts';
import { measuresRoutes } from './routes/measures-routes.ts';
import { preferencesRoutes } from './routes/preferences-routes.ts';
import { sitesRoutes } from './routes/sites-routes.ts';
import { usersRoutes } from './routes/users-routes.ts';
import { liveRoutes } from './routes/live-routes.ts';
import { noticesRoutes } from './routes/notices-routes.ts';
import { erasureRoutes } from './routes/erasure-routes.ts';

export interface DashboardOptions {
  /** Where the built UI is (default dist/dashboard). */
  distDir?: string;
  /** Build the UI when missing or stale, at listen and before the first page (default true). */
  build?: boolean;
  /** Pause of the background steps (grouping, alternates, spikes) once caught up, in ms; 0 turns them off (default 2000). */
  groupingIntervalMs?: number;
  /**
   * How long a page request may spend grouping the questions that arrived
   * since the last step, in ms (default 200; the rest waits for the
   * background step). Tests that read a whole seed at once pass Infinity.
   */
  freshMs?: number;
  /** How often open pages' live streams look for changes, in ms (default 2000). */
  liveIntervalMs?: number;
  /** How often spikes are looked for, and the clock (tests); the alerts' retries are the delivery queue's (the collector's `handoffDelivery`). */
  spikeAlerts?: SpikeAlertOptions;
}

export interface DashboardPluginOptions extends DashboardOptions {
  db: CollectorDb;
  config: CollectorConfig;
  /** The collector's sites; the sites routes change them. */
  sites: SiteRegistry;
  /** Each site's FAQ (server/app.ts shares it with the notices route); default: one of its own. */
  faqs?: FaqCatalog;
  /** Hand-offs' conversations (server/conversation/) and the delivery queue their retries go to. */
  conversations: Conversations;
  deliveries: Deliveries;
}

/**
 * @example
 * await app.register(dashboard, { prefix: '/dashboard', db, config, sites, conversations, deliveries });
 */
export async function dashboard(scope: FastifyInstance, options: DashboardPluginOptions): Promise<void> {
  const db = withDashboardTables(options.db.kysely);
  const grouping = groupingStepFor(db);
  useDashboardHeaders(scope);
  scope.setErrorHandler(dashboardErrorHandler);
  const guards = await registerAuth(scope, db);
  const faqs = options.faqs ?? createFaqCatalog({ sourceOf: (key) => options.sites.get(key)?.faq, log: (message) => scope.log.warn(message) });
  const alternates = createAlternatesStep(db, faqs);
  const spikes = createSpikeAlerts(db, options.sites, options.deliveries, options.spikeAlerts);

  const interval = options.groupingIntervalMs ?? 2000;
  let timer: NodeJS.Timeout | undefined;
  let closing = false;
  /** Each step at most STEP_MS a run; one that used it all is behind, and the next run follows at once. */
  const STEP_MS = 1000;
  /** Run a step, logging its failure; true when it used its whole time (it is behind). */
  const step = async (name: string, work: () => Promise<unknown>): Promise<boolean> => {
    const started = performance.now();
    try {
      await work();
    } catch (err) {
      scope.log.error({ err }, `${name} step failed`);
      return false;
    }
    return performance.now() - started >= STEP_MS;
  };
  // While behind, the steps run without a pause between runs: their slices give way to requests by themselves
  // (../db/slices.ts). A 2 s pause after each second of steps, run back to back, made the collector's
  // throughput swing with the runs (bench:collector --grow: 35k events/s in stretches with 2 s of steps, 52k in others).
  const tick = (delay: number): void => {
    timer = setTimeout(() => {
      void (async () => {
        const groupingBehind = await step('grouping', () => grouping.catchUp(STEP_MS));
        const alternatesBehind = await step('alternates', () => alternates.catchUp(STEP_MS));
        await step('group.spiking', () => spikes.check());
        if (!closing) tick(groupingBehind || alternatesBehind ? 0 : interval);
      })();
    }, delay);
    timer.unref();
  };
  if (interval > 0) scope.addHook('onReady', async () => tick(interval));
  scope.addHook('onClose', async () => {
    closing = true;
    clearTimeout(timer);
  });

  const ctx: RouteContext = {
    db,
    config: options.config,
    sites: options.sites,
    guards,
    grouping,
    faqs,
    freshMs: options.freshMs ?? 200,
    fresh: async () => {
      await grouping.catchUp(ctx.freshMs);
    },
  };
  await scope.register(loginRoutes, { db, guards });
  await scope.register(groupsRoutes, ctx);
  await scope.register(exportRoutes, ctx);
  await scope.register(measuresRoutes, ctx);
  await scope.register(inboxRoutes, ctx);
  await scope.register(conversationRoutes, { ...ctx, conversations: options.conversations, deliveries: options.deliveries });
  await scope.register(attachmentRoutes, ctx);
  await scope.register(usersRoutes, ctx);
  await scope.register(sitesRoutes, ctx);
  await scope.register(liveRoutes, { ...ctx, liveIntervalMs: options.liveIntervalMs });
  await scope.register(preferencesRoutes, ctx);
  await scope.register(alternatesRoutes, { ...ctx, alternates });
  await scope.register(tokenRoutes, ctx);
  await scope.register(noticesRoutes, ctx);
  await scope.register(erasureRoutes, ctx);
  await scope.register(pages, { distDir: options.distDir ?? DIST_DASHBOARD, build: options.build ?? true, guards });
}
