import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { answered, DAY, store, unanswered } from './seed.ts';
import { XSS_CORPUS } from './xss-corpus.ts';
import { dashboardApp, type Client, type DashboardApp } from './dashboard-app.ts';
import { clockFromNoon } from './noon.ts';

let d: DashboardApp;
let viewer: Client;
const NOW = clockFromNoon();

beforeEach(async () => {
  d = await dashboardApp();
  viewer = await d.as('viewer');
  const events = [
    ...['¿Puedo pagar a plazos?', 'pagar a plazos', 'pago en plazos', 'pagar en cuotas'].map((query, i) => unanswered({ query, at: NOW - i * DAY, session: `sess-p${i}000000` })),
    ...['¿Hacéis envíos a Canarias?', 'envio a canarias'].map((query, i) => unanswered({ query, at: NOW - i * DAY, reason: 'gave_up' })),
    ...XSS_CORPUS.map((query, i) => unanswered({ query, at: NOW - i * 3_600_000, locale: 'en', path: '/help/<b>x</b>' })),
    answered(NOW),
  ];
  await store(d.db, events);
});
afterEach(async () => {
  await d.close();
});

const csv = (body: string): Record<string, string>[] => {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return parse(body.slice(1), { columns: true });
};

describe('exports of the current view', () => {
  it('CSV and JSON hold the groups the view shows, in its order, with its filters', async () => {
    const shown = (await viewer.get('/dashboard/api/groups?lang=es')).json() as { groups: { id: number; representative: string; count: number; sessions: number }[] };
    const c = await viewer.get('/dashboard/api/export/groups.csv?lang=es');
    expect(c.statusCode).toBe(200);
    expect(c.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(c.headers['content-disposition']).toMatch(/^attachment; filename="ayuda-groups-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = csv(c.body);
    expect(rows.map((r) => [Number(r.id), r.representative, Number(r.count), Number(r.sessions)])).toEqual(shown.groups.map((g) => [g.id, g.representative, g.count, g.sessions]));
    expect(rows[0]).toMatchObject({ representative: '¿Puedo pagar a plazos?', count: '4', no_match: '4', lang: 'es', status: 'open' });
    const j = await viewer.get('/dashboard/api/export/groups.json?lang=es');
    expect(j.headers['content-disposition']).toMatch(/attachment; filename=".*\.json"/);
    const json = j.json() as { filters: { lang: string }; groups: { id: number; count: number }[] };
    expect(json.filters.lang).toBe('es');
    expect(json.groups.map((g) => [g.id, g.count])).toEqual(shown.groups.map((g) => [g.id, g.count]));
  });

  it('exports raw questions, of the view or of one group', async () => {
    const [plazos] = ((await viewer.get('/dashboard/api/groups?lang=es')).json() as { groups: { id: number }[] }).groups;
    const all = csv((await viewer.get('/dashboard/api/export/questions.csv?lang=es')).body);
    expect(all).toHaveLength(6);
    const one = (await viewer.get(`/dashboard/api/export/questions.json?group=${plazos!.id}`)).json() as { questions: { question: string; page: string; asked_at: string; reason: string }[] };
    expect(one.questions.map((q) => q.question)).toEqual(['¿Puedo pagar a plazos?', 'pagar a plazos', 'pago en plazos', 'pagar en cuotas']);
    expect(one.questions[0]).toMatchObject({ page: '/ayuda', reason: 'no_match', asked_at: new Date(NOW).toISOString() });
  });

  it('neutralises formulas in CSV cells and keeps every hostile text as text', async () => {
    const rows = csv((await viewer.get('/dashboard/api/export/questions.csv?lang=en')).body);
    const cells = rows.map((r) => r.question!);
    expect(cells).toHaveLength(XSS_CORPUS.length);
    for (const text of XSS_CORPUS) {
      const expected = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      expect(cells).toContain(expected);
    }
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[0]!.page).toBe('/help/<b>x</b>');
  });
});

describe('customer text is stored and served as text', () => {
  it('returns the XSS corpus byte for byte, as JSON strings, in groups, questions and phrasings', async () => {
    const view = (await viewer.get('/dashboard/api/groups?lang=en&limit=500')).json() as { groups: { id: number; representative: string }[] };
    const representatives = view.groups.map((g) => g.representative);
    const questions: string[] = [];
    for (const g of view.groups) {
      const res = await viewer.get(`/dashboard/api/groups/${g.id}`);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      questions.push(...(res.json() as { questions: { query: string }[] }).questions.map((q) => q.query));
    }
    expect(questions.sort()).toEqual([...XSS_CORPUS].sort());
    // Wordings are shown trimmed (the tab of "\t=1+1" goes); the raw questions keep every byte.
    for (const r of representatives) expect(XSS_CORPUS.map((x) => x.trim())).toContain(r);
    const stored = await d.k.selectFrom('events').select('query').where('locale', '=', 'en').execute();
    expect(stored.map((s) => s.query).sort()).toEqual([...XSS_CORPUS].sort());
  });
});
