import { describe, expect, it } from 'vitest';
import { append, MAX_ITEMS, prune, retentionMs, startJourney, withoutRemoved, type JourneyEnv } from './journey.ts';
import type { JourneyItem } from './types.ts';

const env = (path = '/producto', extra: Partial<JourneyEnv> = {}): JourneyEnv => ({ path, title: `Title of ${path}`, lang: 'es', timeZone: 'Europe/Madrid', traits: {}, context: {}, ...extra });
let n = 0;
const id = () => `id${++n}`;
const search = (at: number, path = '/producto', query = 'devolver'): JourneyItem => ({ id: id(), at, path, kind: 'search', query, decision: 'none', results: [] });

describe('journey', () => {
  it('records the page before the first item of each page', () => {
    let j = startJourney('j1', env(), 1000);
    j = append(j, search(1001), env(), 1001, id);
    j = append(j, search(1002, '/producto', 'otra'), env(), 1002, id);
    j = append(j, search(1003, '/checkout'), env('/checkout'), 1003, id);
    expect(j.items.map((i) => `${i.kind}:${i.path}`)).toEqual(['page:/producto', 'search:/producto', 'search:/producto', 'page:/checkout', 'search:/checkout']);
    expect(j.items[3]).toMatchObject({ kind: 'page', title: 'Title of /checkout' });
  });

  it('records a page alone (no item) and refreshes language, time zone, traits and context', () => {
    let j = startJourney('j1', env('/', { traits: { plan: 'free' } }), 1000);
    j = append(j, undefined, env('/ayuda', { lang: 'en', timeZone: 'UTC', traits: { plan: 'pro', orderId: 7 }, context: { cart: 2 } }), 2000, id);
    expect(j.items).toEqual([expect.objectContaining({ kind: 'page', path: '/ayuda' })]);
    expect(j).toMatchObject({ updated: 2000, lang: 'en', timeZone: 'UTC', traits: { plan: 'pro', orderId: 7 }, context: { cart: 2 } });
    expect(append(j, undefined, env('/ayuda'), 3000, id).items).toHaveLength(1);
  });

  it(`keeps the last ${MAX_ITEMS} items`, () => {
    let j = startJourney('j1', env(), 0);
    for (let i = 1; i <= MAX_ITEMS + 10; i++) j = append(j, search(i, '/producto', `q${i}`), env(), i, id);
    expect(j.items).toHaveLength(MAX_ITEMS);
    expect(j.items.at(-1)).toMatchObject({ query: `q${MAX_ITEMS + 10}` });
  });

  it('forgets items older than the retention time, and the whole journey when idle that long', () => {
    const week = retentionMs();
    expect(week).toBe(7 * 86_400_000);
    let j = startJourney('j1', env(), 0);
    j = append(j, search(0), env(), 0, id);
    j = append(j, search(week), env(), week, id);
    expect(prune(j, week + 10, week)!.items.map((i) => i.at)).toEqual([week]);
    expect(prune(j, 2 * week + 1, week)).toBeUndefined();
    expect(prune(undefined, 0, week)).toBeUndefined();
    expect(retentionMs(1)).toBe(86_400_000);
  });

  it('leaves out what the customer removed', () => {
    let j = startJourney('j1', env('/', { traits: { email: 'a@b.es', plan: 'pro' }, context: { cart: 3 } }), 0);
    j = append(j, search(1, '/'), env('/', { traits: { email: 'a@b.es', plan: 'pro' }, context: { cart: 3 } }), 1, id);
    const [page, s] = j.items;
    const sent = withoutRemoved(j, [s!.id], ['trait:email', 'context:cart']);
    expect(sent.items).toEqual([page]);
    expect(sent.traits).toEqual({ plan: 'pro' });
    expect(sent.context).toEqual({});
  });
});
