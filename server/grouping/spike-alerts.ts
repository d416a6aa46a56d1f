/**
 * The `group.spiking` webhook: after each grouping step, the groups that
 * spike today (./spiking-groups.ts) are posted to their site's webhook (the
 * hand-off webhook of the *Sites* page or `ayuda.config.json`, whatever
 * hand-off `channels` it takes), signed like hand-offs (`Ayuda-Signature`,
 * server/handoff/sign-webhook.ts), once per group and UTC day.
 *
 * Each alert is a delivery of the hand-off delivery queue
 * (server/handoff/deliveries.ts) that belongs to the site, not to a
 * hand-off (`handoff_id` SITE_EVENT, target `webhook:spike-<group>-<day>`):
 * queued once per group and day (the queue's unique target), then claimed,
 * retried with backoff and logged in `handoff_delivery_log` like every other
 * signed webhook. A site without a webhook queues nothing, so one added
 * later that day still gets the alert. Spikes are looked for at most once a
 * minute (`recordEveryMs`: the query reads 15 days of questions); due
 * deliveries are run at every step.
 */
import type { Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import type { Deliveries } from '../handoff/deliveries.ts';
import type { HandoffSiteSettings } from '../handoff/settings.ts';
import { SITE_EVENT } from '../handoff/tables.ts';
import { spikingGroups, type SpikingGroup } from './spiking-groups.ts';

/** The webhook's body. */
export interface SpikingPayload {
  type: 'group.spiking';
  /** `spike-<group>-<day>`: the same on every retry. */
  id: string;
  created: string;
  group: Omit<SpikingGroup, 'title'> & { dashboard_path: string };
}

export interface SpikeAlertOptions {
  now?: () => number;
  /** Least time between two looks for new spikes (default 60 s). */
  recordEveryMs?: number;
}

export interface SpikeAlerts {
  /** Queue today's new spikes of sites with a webhook, then run every due delivery. */
  check(): Promise<void>;
}

/**
 * @example
 * const alerts = createSpikeAlerts(db, sites, deliveries);
 * await alerts.check(); // after each grouping step
 */
export function createSpikeAlerts(
  kysely: Kysely<DashboardSchema>,
  sites: { get(key: string): { handoff?: HandoffSiteSettings } | undefined },
  deliveries: Pick<Deliveries, 'queue' | 'runDue'>,
  options: SpikeAlertOptions = {},
): SpikeAlerts {
  const { now = Date.now, recordEveryMs = 60_000 } = options;
  let recordedAt = -Infinity;

  async function record(): Promise<void> {
    const at = now();
    if (at - recordedAt < recordEveryMs) return;
    recordedAt = at;
    const spikes = (await spikingGroups(kysely, { now: at })).filter((g) => sites.get(g.site)?.handoff?.webhook);
    await deliveries.queue(
      spikes.map(({ title: _title, ...group }) => {
        const payload: SpikingPayload = { type: 'group.spiking', id: `spike-${group.id}-${group.day}`, created: new Date(at).toISOString(), group: { ...group, dashboard_path: `/dashboard/groups/${group.id}` } };
        return { handoff_id: SITE_EVENT, site: group.site, target: `webhook:${payload.id}` as const, payload: JSON.stringify(payload) };
      }),
    );
  }

  return {
    async check() {
      await record();
      await deliveries.runDue();
    },
  };
}
