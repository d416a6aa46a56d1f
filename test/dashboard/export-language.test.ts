import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { loadStrings, LANGUAGES } from '../../server/dashboard/ui/i18n/languages.ts';
import { DAY, store, unanswered } from './seed.ts';
import { dashboardApp, type Client, type DashboardApp } from './dashboard-app.ts';
import { clockFromNoon } from './noon.ts';

let d: DashboardApp;
let lead: Client;
const NOW = clockFromNoon();

beforeEach(async () => {
  d = await dashboardApp();
  lead = await d.as('viewer', 'lead@example.com');
  await store(d.db, [
    unanswered({ query: '¿Puedo pagar a plazos?', at: NOW - DAY }),
    unanswered({ query: 'pagar a plazos', at: NOW, reason: 'gave_up', entry: 'formas-de-pago' }),
  ]);
});
afterEach(async () => {
  await d.close();
});

const rows = (body: string): string[][] => parse(body.replace(/^\uFEFF/, '')) as string[][];
const download = (what: 'groups' | 'questions', acceptLanguage?: string) =>
  lead.request({ method: 'GET', url: `/dashboard/api/export/${what}.csv`, ...(acceptLanguage ? { headers: { 'accept-language': acceptLanguage } } : {}) });

describe('CSV headers in the lead’s language', () => {
  it('keeps the column keys in English, names the columns in Spanish, and never translates a cell', async () => {
    const [keys, ...english] = rows((await download('groups')).body);
    expect(keys!.slice(0, 4)).toEqual(['id', 'representative', 'count', 'sessions']);

    const res = await download('groups', 'es-ES,es;q=0.9,en;q=0.8');
    expect(res.headers['content-language']).toBe('es');
    const [header, ...spanish] = rows(res.body);
    expect(header).toEqual([
      'Id', 'Pregunta (redacción más común)', 'Preguntas', 'Clientes', 'Crecimiento', 'Primera vez (UTC)', 'Última vez (UTC)', 'Sitio', 'Idioma',
      'Sin coincidencia', 'Coincidencia débil', 'No le sirvió', 'Abandonó', 'Pidió una persona', 'Respuesta equivocada', 'Entrada más cercana', 'Estado', 'Responsable', 'Entrada de las FAQ', 'Corregido el',
    ]);
    expect(spanish).toEqual(english);
    expect(spanish[0]).toContain('open');

    const [questionsHeader, ...questions] = rows((await download('questions', 'es-MX')).body);
    expect(questionsHeader).toEqual(['Grupo', 'Fecha (UTC)', 'Pregunta', 'Página', 'Motivo', 'Comentario', 'Entrada más cercana', 'Sesión', 'Idioma', 'Sitio', 'Id del evento']);
    expect(questions.map((q) => q[4])).toEqual(['gave_up', 'no_match']);
  });

  it('follows the lead’s choice on the dashboard before the browser’s', async () => {
    await d.k.updateTable('users').set({ language: 'en' }).where('email', '=', 'lead@example.com').execute();
    expect(rows((await download('groups', 'es-ES')).body)[0]![1]).toBe('representative');
    await d.k.updateTable('users').set({ language: 'es' }).where('email', '=', 'lead@example.com').execute();
    expect(rows((await download('groups')).body)[0]![1]).toBe('Pregunta (redacción más común)');
    expect(rows((await download('groups', 'fr-FR, de')).body)[0]![1]).toBe('Pregunta (redacción más común)');
  });

  it('has a header for every column in every language', async () => {
    const keys = [...rows((await download('groups')).body)[0]!, ...rows((await download('questions')).body)[0]!];
    for (const lang of LANGUAGES) {
      const { csv } = await loadStrings(lang);
      expect(keys.filter((key) => !Object.hasOwn(csv, key)), lang).toEqual([]);
    }
  });
});
