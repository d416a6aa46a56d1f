/** Row types of the hand-off tables, and the collector's Kysely typed with them. */
import type { Kysely } from 'kysely';
import type { DashboardSchema } from '../db/dashboard-schema.ts';
import type { DatabaseSchema } from '../db/index.ts';

export type DeliveryTarget = 'email' | 'webhook';
/**
 * A delivery's target: `email` or `webhook` for the hand-off itself; for an
 * event of its conversation (server/conversation/), the kind then the event,
 * "email:m12" (a reply emailed to the customer), "webhook:s1733…" (a signed
 * event), each with its ready-made `payload`; for a site's own webhook event
 * (handoff_id {@link SITE_EVENT}), "webhook:spike-12-2026-12-07"
 * (`group.spiking`, server/grouping/spike-alerts.ts).
 */
export type DeliveryTargetKey = DeliveryTarget | `${DeliveryTarget}:${string}`;
/** `held`: not sent, because the hand-off came without Origin while its site's hand-offs were abnormally many (./deliveries.ts). */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'held';
/**
 * The `handoff_id` of a delivery that is the site's, not a hand-off's (a
 * `group.spiking` webhook): queued, claimed, retried and logged like the
 * others, shown with no hand-off, counted in no hand-off's flood.
 */
export const SITE_EVENT = '';

export interface HandoffDeliveriesTable {
  id: number | undefined;
  /** The hand-off's id, or {@link SITE_EVENT} for a site's own webhook event. */
  handoff_id: string;
  site: string;
  target: DeliveryTargetKey;
  status: DeliveryStatus;
  attempts: number;
  next_at: number;
  last_error: string | null;
  /** JSON of the hand-off record (widget/src/handoff/types.ts); "{}" for a conversation's delivery. */
  record: string;
  /** A conversation's delivery: the email's nodemailer options, or the webhook's JSON body. */
  payload: string | null;
  created_at: number;
  updated_at: number;
}

export interface HandoffDeliveryLogTable {
  id: number | undefined;
  delivery_id: number;
  handoff_id: string;
  target: DeliveryTargetKey;
  attempt: number;
  at: number;
  ok: number;
  status_code: number | null;
  detail: string | null;
}

export type HandoffSchema = DashboardSchema & {
  handoff_deliveries: HandoffDeliveriesTable;
  handoff_delivery_log: HandoffDeliveryLogTable;
};

export function handoffTables(kysely: Kysely<DatabaseSchema>): Kysely<HandoffSchema> {
  return kysely as unknown as Kysely<HandoffSchema>;
}
