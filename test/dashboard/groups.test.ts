import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answered, DAY, store, unanswered, type Question } from './seed.ts';
import { dashboardApp, type Client, type DashboardApp } from './dashboard-app.ts';
import { dayOf } from '../../server/dashboard/queries/filters.ts';
import { clockFromNoon } from './noon.ts';

let d: DashboardApp;
let admin: Client;
const NOW = clockFromNoon();
const ago = (days: number, hours = 0): number => NOW - days * DAY - hours * 3_600_000;

/** Three groups: a Spanish refund question (6), an English shipping one (3), a Spanish invoice one on site "shop" (2). */
function seedQuestions(): Question[] {
  return [
    { query: '¿Cuándo llega mi reembolso?', at: ago(1), session: 'sess-a0001', path: '/ayuda/devoluciones' },
    { query: 'cuando llega mi reembolso', at: ago(2), session: 'sess-a0002' },
    { query: '¿Cuándo llega mi reembolso?', at: ago(3), session: 'sess-a0003', reason: 'gave_up', entry: 'reembolso-plazo' },
    { query: 'reembolso no llega', at: ago(8), session: 'sess-a0003', reason: 'gave_up', entry: 'devoluciones' },
    { query: '¿Cuándo llega mi reembolso?', at: ago(9), session: 'sess-a0004', reason: 'not_helpful', entry: 'reembolso-plazo' },
    { query: 'mi reembolso cuando llega', at: ago(10), session: 'sess-a0005' },
    { query: 'Do you ship to Canada?', at: ago(2), session: 'sess-b0001', locale: 'en', reason: 'weak_match', entry: 'shipping-countries' },
    { query: 'ship to canada', at: ago(4), session: 'sess-b0002', locale: 'en', reason: 'weak_match' },
    { query: 'do you ship to Canada', at: ago(5), session: 'sess-b0003', locale: 'en-CA', reason: 'weak_match' },
    { query: 'factura con otro NIF', at: ago(3), session: 'sess-c0001', site: 'shop' },
    { query: 'factura a nombre de otro NIF', at: ago(6), session: 'sess-c0002', site: 'shop', reason: 'asked_human' },
  ];
}

beforeEach(async () => {
  d = await dashboardApp();
  admin = await d.as('admin');
  await store(d.db, [...seedQuestions().map(unanswered), answered(ago(1)), answered(ago(2))]);
});
afterEach(async () => {
  await d.close();
});

interface Listed {
  total_groups: number;
  total_questions: number;
  filters: { from: string; to: string; days: number };
  groups: { id: number; representative: string; count: number; sessions: number; lang: string; site: string; reasons: Record<string, number>; closest_entry: string | null; trend: number[]; recent: number; earlier: number; first_at: number; last_at: number; status: string }[];
}
const list = async (query = ''): Promise<Listed> => {
  const res = await admin.get(`/dashboard/api/groups${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Listed;
};

describe('GET /dashboard/api/groups', () => {
  it('groups rewordings and counts questions, sessions, reasons, closest entry and trend', async () => {
    const view = await list();
    expect(view.filters).toEqual({ from: dayOf(ago(29)), to: dayOf(NOW), days: 30 });
    expect(view.total_groups).toBe(3);
    expect(view.total_questions).toBe(11);
    const [refund, canada, invoice] = view.groups;
    expect(refund).toMatchObject({ representative: '¿Cuándo llega mi reembolso?', count: 6, sessions: 5, lang: 'es', site: 'demo', closest_entry: 'reembolso-plazo', reasons: { no_match: 3, gave_up: 2, not_helpful: 1 }, status: 'open' });
    expect(refund!.trend).toHaveLength(30);
    expect(refund!.trend.reduce((a, b) => a + b, 0)).toBe(6);
    expect(refund!.trend[29 - 1]).toBe(1);
    expect(refund!.first_at).toBe(ago(10));
    expect(refund!.last_at).toBe(ago(1));
    expect(canada).toMatchObject({ count: 3, sessions: 3, lang: 'en', reasons: { weak_match: 3 }, closest_entry: 'shipping-countries' });
    expect(invoice).toMatchObject({ count: 2, site: 'shop', reasons: { no_match: 1, asked_human: 1 } });
  });

  it('filters by site, language, reason and dates, and sorts by growth', async () => {
    expect((await list('?site=shop')).groups.map((g) => g.count)).toEqual([2]);
    expect((await list('?lang=en')).groups.map((g) => g.representative)).toEqual(['Do you ship to Canada?']);
    const gaveUp = await list('?reason=gave_up');
    expect(gaveUp.groups.map((g) => [g.count, g.reasons])).toEqual([[2, { gave_up: 2 }]]);
    const lastWeek = await list(`?from=${dayOf(ago(6))}&to=${dayOf(NOW)}`);
    expect(lastWeek.total_questions).toBe(3 + 3 + 2);
    expect(lastWeek.groups[0]!.trend).toHaveLength(7);
    await store(d.db, [unanswered({ query: 'ship to Canada?', at: ago(0), locale: 'en' }), unanswered({ query: 'shipping to canada', at: ago(1), locale: 'en' })]);
    const growth = await list(`?sort=growth&from=${dayOf(ago(9))}&to=${dayOf(NOW)}`);
    // Second half of the 10 days vs the first: Canada 4 vs 1; refund 3 vs 2; invoice 1 vs 1.
    expect(growth.groups.map((g) => [g.lang, g.recent - g.earlier])).toEqual([['en', 3], ['es', 1], ['es', 0]]);
    expect((await list('?limit=1&offset=1')).groups.map((g) => g.count)).toEqual([5]);
    expect((await admin.get('/dashboard/api/groups?from=2025-13-40')).statusCode).toBe(400);
    expect((await admin.get('/dashboard/api/groups?reason=bogus')).statusCode).toBe(400);
  });

  it('groups new questions incrementally, into the existing groups', async () => {
    const before = await list();
    await store(d.db, [unanswered({ query: '¿cuándo llega el reembolso?', at: ago(0), session: 'sess-a0009' })]);
    const after = await list();
    expect(after.total_groups).toBe(before.total_groups);
    expect(after.groups[0]).toMatchObject({ id: before.groups[0]!.id, count: 7, sessions: 6 });
  });
});

describe('a group', () => {
  it('shows every raw question with its page and time, and the wordings', async () => {
    const [refund] = (await list()).groups;
    const res = await admin.get(`/dashboard/api/groups/${refund!.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { questions: { query: string; path: string; at: number; reason: string }[]; phrasings: { text: string; phrasing: string; count: number; shared: string[] }[]; impact: { verdict: string } };
    expect(body.questions).toHaveLength(6);
    expect(body.questions[0]).toMatchObject({ query: '¿Cuándo llega mi reembolso?', path: '/ayuda/devoluciones', at: ago(1), reason: 'no_match' });
    // Most frequent first, then first seen (10 days ago before 8); case, accents and punctuation folded: "cuando llega mi reembolso" is the same wording.
    // Each with its folded form (what a split names) and its words the rest of the group uses too.
    expect(body.phrasings).toEqual([
      { text: '¿Cuándo llega mi reembolso?', phrasing: 'cuando llega mi reembolso', count: 4, shared: ['llega', 'reembolso'] },
      { text: 'mi reembolso cuando llega', phrasing: 'mi reembolso cuando llega', count: 1, shared: ['reembolso', 'llega'] },
      { text: 'reembolso no llega', phrasing: 'reembolso no llega', count: 1, shared: ['reembolso', 'llega'] },
    ]);
    // One filter, one truth: the same page for the last 5 days counts, words and dates only those days' questions.
    const recent = (await admin.get(`/dashboard/api/groups/${refund!.id}?from=${dayOf(ago(4))}&to=${dayOf(NOW)}`)).json() as typeof body & { group: { count: number; first_at: number; last_at: number } };
    expect(recent.questions.map((q) => q.query)).toEqual(['¿Cuándo llega mi reembolso?', 'cuando llega mi reembolso', '¿Cuándo llega mi reembolso?']);
    expect(recent.phrasings).toEqual([{ text: '¿Cuándo llega mi reembolso?', phrasing: 'cuando llega mi reembolso', count: 3, shared: ['llega', 'reembolso'] }]);
    expect([recent.group.count, recent.group.first_at, recent.group.last_at]).toEqual([3, ago(3), ago(1)]);
    expect(body.impact.verdict).toBe('no_fix_date');
    expect((await admin.get('/dashboard/api/groups/9999')).statusCode).toBe(404);
  });

  it('downloads as a FAQ snippet with the customers’ phrasings as alternates', async () => {
    const [refund] = (await list()).groups;
    const res = await admin.get(`/dashboard/api/groups/${refund!.id}/snippet.md`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="faq-group-${refund!.id}.md"`);
    expect(res.body).toBe(
      ['## ¿Cuándo llega mi reembolso?', 'id: cuando-llega-mi-reembolso', 'locale: es', 'alternates: "reembolso no llega | mi reembolso cuando llega"', '', 'TODO: write the answer here (customers asked this in their own words above).', ''].join('\n'),
    );
  });

  it('moves through the workflow; publishing needs an entry; "verified" needs the data', async () => {
    const [refund] = (await list()).groups;
    const url = `/dashboard/api/groups/${refund!.id}`;
    const patch = (payload: object) => admin.request({ method: 'PATCH', url, payload });
    expect((await patch({ owner: '  Billing team ', status: 'drafted' })).json()).toMatchObject({ owner: 'Billing team', status: 'drafted' });
    const noEntry = await patch({ status: 'published' });
    expect(noEntry.statusCode).toBe(409);
    expect(noEntry.json()).toMatchObject({ error: 'entry_required' });
    const published = await patch({ status: 'published', entry_id: 'reembolso-plazo' });
    expect(published.json()).toMatchObject({ status: 'published', entry_id: 'reembolso-plazo', fixed_at: Date.parse(`${dayOf(NOW)}T00:00:00Z`) });
    const early = await patch({ status: 'verified' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: 'not_verified' });
    expect(early.json().message).toMatch(/too early/);
    expect((await patch({ fixed_on: '2025-02-30' })).statusCode).toBe(400);
  });

  it('measures the daily rate per 1,000 searches before and after the fix date', async () => {
    // 28 days before the fix: one question and ten searches a day; 9 days after: one question, ten searches a day.
    const fixDay = Date.parse(`${dayOf(ago(9))}T00:00:00Z`);
    const events = [];
    for (let i = 1; i <= 28; i++) events.push(unanswered({ query: 'cambiar dirección de envío', at: fixDay - i * DAY + 3_600_000, session: `sess-f${String(i).padStart(4, '0')}` }));
    events.push(unanswered({ query: 'cambiar la dirección de envío', at: fixDay + 2 * DAY, session: 'sess-f9999' }));
    for (let i = -28; i < 10; i++) for (let j = 0; j < 10; j++) events.push(answered(fixDay + i * DAY + j * 60_000));
    await store(d.db, events);
    const group = (await list(`?from=${dayOf(fixDay - 30 * DAY)}`)).groups.find((g) => g.representative.startsWith('cambiar'))!;
    const url = `/dashboard/api/groups/${group.id}`;
    const done = await admin.request({ method: 'PATCH', url, payload: { status: 'verified', entry_id: 'cambiar-direccion', fixed_on: dayOf(fixDay) } });
    expect(done.statusCode, done.body).toBe(200);
    const { impact } = (await admin.get(url)).json() as { impact: { verdict: string; before: { questions: number; searches: number; per_1000: number }; after: { questions: number; per_1000: number; days: number }; series: { days: string[]; rate: (number | null)[]; fix_index: number } } };
    expect(impact.verdict).toBe('improved');
    // Searches count every search, answered or not: 10 answered + 1 unanswered a day before the fix.
    expect(impact.before).toMatchObject({ days: 28, questions: 28 });
    expect(impact.before.searches).toBeGreaterThanOrEqual(28 * 11);
    expect(impact.before.per_1000).toBeCloseTo((28 / impact.before.searches) * 1000, 5);
    expect(impact.after).toMatchObject({ days: 10, questions: 1 });
    expect(impact.after.per_1000).toBeLessThan(impact.before.per_1000 / 5);
    expect(impact.series.days).toHaveLength(38);
    expect(impact.series.days[impact.series.fix_index]).toBe(dayOf(fixDay));
    expect(impact.series.rate[0]).toBeCloseTo(1000 / 11, 1);
  });
});
