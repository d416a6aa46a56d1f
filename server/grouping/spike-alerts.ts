/**
 * The `group.spiking` webhook: after each grouping step, the groups that
 * spike today (./spiking-groups.ts) are posted to their site's webhook (the
 * hand-off webhook of the *Sites* page or `ayuda.config.json`, whatever
 * hand-off `channels` it takes), signed like hand-offs (`Ayuda-Signature`,
 * server/handoff/sign-webhook.ts), once per group and UTC day: the row
 * (group, day) of `group_spike_alerts` is written first, and only a row
 * written now is sent. A failed post is retried with backoff (5 s doubling,
 * at most 6 attempts). A site without a webhook writes no row, so one
 * added later that day still gets the alert. Spikes are looked for at most
 * once a minute (`recordEveryMs`: the query reads 15 days of questions);
 * due retries are posted at every step.
 */
import type { Kysely } from 'kysely';
import { dialectOf } from '../db/dialect/index.ts';
import { CLAIM_MS } from '../handoff/deliveries.ts';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import { postSigned } from '../handoff/send-webhook.ts';
import type { HandoffSiteSettings } from '../handoff/settings.ts';
import { spikingGroups, type SpikingGroup } from './spiking-groups.ts';

export interface GroupSpikeAlertsTable {
  group_id: number;
  day: string;
  site: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_at: number;
  last_error: string | null;
  /** The JSON body posted, as first written (so every retry sends the same). */
  payload: string;
  created_at: number;
  updated_at: number;
}

export type SpikeSchema = DashboardSchema & { group_spike_alerts: GroupSpikeAlertsTable };

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
  fetch?: typeof fetch;
  baseDelayMs?: number;
  maxAttempts?: number;
  /** Least time between two looks for new spikes (default 60 s). */
  recordEveryMs?: number;
  log?: (message: string) => void;
}

export interface SpikeAlerts {
  /** Write today's new spikes of sites with a webhook, then post every due alert. */
  check(): Promise<void>;
}

export function createSpikeAlerts(
  kysely: Kysely<DashboardSchema>,
  sites: { get(key: string): { handoff?: HandoffSiteSettings } | undefined },
  options: SpikeAlertOptions = {},
): SpikeAlerts {
  const db = kysely as unknown as Kysely<SpikeSchema>;
  const { now = Date.now, baseDelayMs = 5000, maxAttempts = 6, recordEveryMs = 60_000, log = () => {} } = options;
  let recordedAt = -Infinity;

  async function record(): Promise<void> {
    const at = now();
    if (at - recordedAt < recordEveryMs) return;
    recordedAt = at;
    for (const g of await spikingGroups(kysely, { now: at })) {
      if (!sites.get(g.site)?.handoff?.webhook) continue;
      const { title: _title, ...group } = g;
      const payload: SpikingPayload = { type: 'group.spiking', id: `spike-${g.id}-${g.day}`, created: new Date(at).toISOString(), group: { ...group, dashboard_path: `/dashboard/groups/${g.id}` } };
      await db
        .insertInto('group_spike_alerts')
        .values({ group_id: g.id, day: g.day, site: g.site, status: 'pending', attempts: 0, next_at: at, last_error: null, payload: JSON.stringify(payload), created_at: at, updated_at: at })
        .onConflict((oc) => oc.columns(['group_id', 'day']).doNothing())
        .execute();
    }
  }

  async function send(): Promise<void> {
    // Claimed like hand-off deliveries (server/handoff/deliveries.ts): the next attempt moves CLAIM_MS ahead, so
    // another collector on the same PostgreSQL database (which skips rows being claimed) does not post them too.
    const due = await db.transaction().execute(async (tx) => {
      const t = now();
      const rows = await dialectOf(tx)
        .skipLocked(tx.selectFrom('group_spike_alerts').selectAll().where('status', '=', 'pending').where('next_at', '<=', t).orderBy('next_at').limit(50))
        .execute();
      for (const r of rows) await tx.updateTable('group_spike_alerts').set({ next_at: t + CLAIM_MS }).where('group_id', '=', r.group_id).where('day', '=', r.day).execute();
      return rows;
    });
    for (const row of due) {
      const webhook = sites.get(row.site)?.handoff?.webhook;
      const attempts = row.attempts + 1;
      const result = webhook ? await postSigned(row.payload, webhook, `spike-${row.group_id}-${row.day}.${attempts}`, now(), options.fetch) : { ok: false, detail: 'the site no longer has a webhook' };
      const done = result.ok || !webhook || attempts >= maxAttempts;
      const at = now();
      await db
        .updateTable('group_spike_alerts')
        .set({ attempts, status: result.ok ? 'delivered' : done ? 'failed' : 'pending', next_at: at + baseDelayMs * 2 ** (attempts - 1), last_error: result.ok ? null : (result.detail ?? null), updated_at: at })
        .where('group_id', '=', row.group_id)
        .where('day', '=', row.day)
        .execute();
      if (!result.ok) log(`group.spiking ${row.group_id} (${row.day}): attempt ${attempts} failed (${result.detail})${done ? ', given up' : ''}`);
    }
  }

  return {
    async check() {
      await record();
      await send();
    },
  };
}
