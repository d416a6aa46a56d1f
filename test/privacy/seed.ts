/** Customers with hand-offs and events on two sites, for the erasure and retention tests. */
import { expect } from 'vitest';
import { makeEvent } from '../../server/testing/batches.ts';
import type { DashboardApp } from '../dashboard/dashboard-app.ts';
import { makeRecord } from '../handoff/records.ts';
import type { HandoffRecord } from '../../widget/src/handoff/types.ts';

export const DEMO_ORIGIN = 'http://localhost:5173';
export const SHOP_ORIGIN = 'https://shop.example';
const originOf = (site: string): string => (site === 'shop' ? SHOP_ORIGIN : DEMO_ORIGIN);

export async function postHandoff(d: DashboardApp, n: number, overrides: Partial<HandoffRecord>): Promise<void> {
  const record = makeRecord(overrides, n);
  const res = await d.app.inject({ method: 'POST', url: '/v1/handoffs', payload: JSON.stringify(record), headers: { 'content-type': 'text/plain', origin: originOf(record.site) } });
  expect(res.statusCode, res.body).toBe(200);
}

/** `count` events of `session` on `site`, ids `${prefix}-…`, at `at` + i, in batches of up to 100. */
export async function postEvents(d: DashboardApp, site: string, session: string, count: number, prefix: string, at?: number): Promise<void> {
  const events = Array.from({ length: count }, (_, i) => ({ ...makeEvent(i, i % 2 ? 'answer_read' : 'search', site, prefix), session, ...(at !== undefined ? { at: at + i } : {}) }));
  for (let i = 0; i < events.length; i += 100) {
    const batch = events.slice(i, i + 100);
    const res = await d.app.inject({ method: 'POST', url: '/v1/events', payload: JSON.stringify({ site, sent_at: batch[0]!.at + 60_000, events: batch }), headers: { 'content-type': 'text/plain', origin: originOf(site) } });
    expect(res.statusCode, res.body).toBe(200);
  }
}

/** Rows per table that belong to a hand-off or a browser session. */
export async function rowsOf(d: DashboardApp, handoffIds: string[], sessions: string[]): Promise<Record<string, number>> {
  const k = d.k as unknown as import('kysely').Kysely<Record<string, { handoff_id: string; session: string; id: string }>>;
  const count = async (table: string, column: 'handoff_id' | 'session' | 'id', values: string[]): Promise<number> =>
    values.length ? Number((await k.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where(column, 'in', values).executeTakeFirstOrThrow()).n) : 0;
  return {
    handoffs: await count('handoffs', 'id', handoffIds),
    handoff_messages: await count('handoff_messages', 'handoff_id', handoffIds),
    handoff_deliveries: await count('handoff_deliveries', 'handoff_id', handoffIds),
    handoff_attachments: await count('handoff_attachments', 'handoff_id', handoffIds),
    events: await count('events', 'session', sessions),
  };
}
