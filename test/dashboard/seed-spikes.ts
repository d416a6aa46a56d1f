/**
 * A group spiking today, and one that does not: "no me llega el pedido a
 * canarias" asked about every other day for two weeks and 7 times today
 * (with rewordings), "cambiar la talla de un vestido" twice a day and 3
 * times today (noise). For the spike tests (API, webhook, Chromium).
 */
import type { AyudaEvent } from '../../widget/src/events/schema.ts';
import { DAY, unanswered } from './seed.ts';

export const SPIKE_WORDING = 'no me llega el pedido a canarias';

export function spikeSeries(site: string, now = Date.now()): AyudaEvent[] {
  const today = Math.floor(now / DAY) * DAY;
  // Times today before now (a run at 00:00:00 UTC still has today's questions in the past).
  const at = (i: number): number => today + Math.floor(((now - today) * (i + 1)) / 20);
  const events: AyudaEvent[] = [];
  for (let d = 1; d <= 14; d++) {
    if (d % 2) events.push(unanswered({ query: SPIKE_WORDING, at: today - d * DAY + 3_600_000, site }));
    for (let i = 0; i < 2; i++) events.push(unanswered({ query: 'cambiar la talla de un vestido', at: today - d * DAY + 7_200_000 + i, site }));
  }
  const words = [SPIKE_WORDING, 'pedido canarias no llega', SPIKE_WORDING, 'no me llega mi pedido a canarias', SPIKE_WORDING, 'pedido a canarias', SPIKE_WORDING];
  words.forEach((query, i) => events.push(unanswered({ query, at: at(i), site })));
  for (let i = 0; i < 3; i++) events.push(unanswered({ query: 'cambiar la talla de un vestido', at: at(10 + i), site }));
  return events;
}
