/**
 * The dashboard in the lead's language, in Chromium (launched in en-US): a
 * lead logs in, switches to Spanish from the header, and every page reads in
 * Spanish with Spanish numbers and dates (tables, headings, chart axes and
 * legends, errors, the CSV's header), the choice survives a reload, axe finds nothing serious;
 * then back to the browser's language. A browser in Spanish gets the login
 * page in Spanish, and a user's preference wins over the browser.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { answered, DAY, store, unanswered } from '../dashboard/seed.ts';
import { ADMIN, VIEWER, type LiveDashboard } from '../dashboard/live-dashboard.ts';
import { useChromium } from './chromium.ts';
import { seriousViolations } from './axe.ts';
import { logIn, useLiveDashboard } from './use-live-dashboard.ts';

vi.setConfig({ testTimeout: 120_000 });

const chromium = useChromium();
const NOW = Date.now();
/** A day, as Spanish dates write it: 07/12/2026. */
const ES_DAY = /^\d{2}\/\d{2}\/\d{4}$/;
const ES_MONTHS = 'ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic';

const live = useLiveDashboard({ seed });

async function seed({ db, k }: LiveDashboard): Promise<void> {
  const events = [];
  for (let i = 0; i < 9; i++) events.push(unanswered({ query: '¿Puedo pagar a plazos?', at: NOW - (1 + (i % 5)) * DAY, session: `sess-plazos${String(i).padStart(4, '0')}` }));
  for (let i = 0; i < 3; i++) events.push(unanswered({ query: 'Do you ship to the Canary Islands?', at: NOW - (2 + i) * DAY, locale: 'en', reason: 'gave_up' }));
  // Over ten thousand customers' questions (one answered search each): the total shows Spain's thousands separator.
  for (let i = 0; i < 10_400; i++) events.push(answered(NOW - (i % 10) * DAY - 3_600_000 - i, i % 7 ? 'envío' : 'devoluciones', `sess-a${String(i).padStart(6, '0')}`));
  await store(db, events);
  await k.insertInto('handoffs').values({
    id: 'h-es', reference: 'AY-5C1Z', site: 'demo', session: 'sess-h0000001', created_at: NOW - DAY, status: 'open',
    contact_name: 'Ana', contact_email: 'ana@example.com', question: '¿Dónde está mi pedido?', details: null, channel: 'inbox',
    transcript: JSON.stringify([{ type: 'search', at: NOW - DAY - 60_000, text: 'Buscó «pedido»', query: 'pedido', decision: 'none' }]),
  }).execute();
}

/** Record what pages draw on canvases (uPlot's axis labels), and uncaught errors and CSP refusals. */
async function watch(page: Page & { errors: string[] }): Promise<{ drawn: () => Promise<string[]>; problems: () => string[] }> {
  const problems: string[] = [];
  page.on('console', (m) => /content security policy|refused to/i.test(m.text()) && problems.push(m.text()));
  await page.addInitScript(() => {
    const drawn: string[] = ((window as unknown as { __drawn: string[] }).__drawn = []);
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, ...rest: [number, number, number?]) {
      drawn.push(String(text));
      return fillText.call(this, text, ...rest);
    };
  });
  return {
    drawn: () => page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn),
    problems: () => [...problems, ...page.errors],
  };
}

const htmlLang = (page: Page): Promise<string | null> => page.locator('html').getAttribute('lang');
const storedLanguage = async (email: string): Promise<string | null> =>
  (await live.k.selectFrom('users').select('language').where('email', '=', email).executeTakeFirstOrThrow()).language;

async function noSeriousViolations(page: Page, where: string): Promise<void> {
  expect(await seriousViolations(page), where).toEqual([]);
}

describe('the dashboard in Spanish', () => {
  it('a lead switches to Spanish: every page, number and date reads in Spanish, axe finds nothing serious, and back', async () => {
    const page = await chromium.page({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const watched = await watch(page);
    await logIn(page, ADMIN, { url: live.url });
    await page.getByRole('heading', { level: 1, name: 'Unanswered questions' }).waitFor();
    expect(await htmlLang(page)).toBe('en');

    // The header's menu: the browser's language (English here) or one named in itself.
    const menu = page.getByLabel('Show the dashboard in');
    expect(await menu.locator('option').allTextContents()).toEqual(['Browser’s choice (English)', 'English', 'Español']);
    await menu.selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Preguntas sin respuesta' }).waitFor();
    expect(await htmlLang(page)).toBe('es');
    expect(await page.title()).toBe('Ayuda · Panel de soporte');
    await expect.poll(() => storedLanguage(ADMIN)).toBe('es');

    // Kept on the user: a reload is in Spanish from the start.
    await page.reload();
    await page.locator('table.groups tbody tr').first().waitFor();
    expect(await page.getByLabel('Mostrar el panel en').inputValue()).toBe('es');
    const summary = (await page.locator('.summary p[role=status]').textContent())!.replace(/\s+/g, ' ');
    expect(summary).toMatch(/^2 grupos · 12 preguntas sin respuesta, del \d{2}\/\d{2}\/\d{4} al \d{2}\/\d{2}\/\d{4} \(UTC\)$/);
    expect(await page.locator('table.groups thead th').allTextContents()).toEqual([
      'Seleccionar', 'Pregunta (redacción más común)', 'Preguntas', 'Clientes', 'Tendencia', 'Crecimiento', 'Primera / última vez', 'Motivos', 'Idioma', 'Entrada más cercana', 'Estado',
    ]);
    // An admin merges groups in Spanish too.
    expect(await page.getByRole('button', { name: 'Unir los grupos marcados' }).isDisabled()).toBe(true);
    const plazos = page.locator('table.groups tbody tr').filter({ hasText: 'plazos' });
    expect(await plazos.locator('td.reasons').textContent()).toBe('Sin coincidencia 9');
    expect(await plazos.locator('td .status').textContent()).toBe('Abierto');
    for (const day of (await plazos.locator('td.dates').innerText()).split('\n')) expect(day).toMatch(ES_DAY);
    expect(await page.locator('table.groups tbody tr').filter({ hasText: 'Canary' }).locator('td.reasons').textContent()).toBe('Abandonó 3');
    expect(await page.getByRole('search', { name: 'Filtros' }).getByLabel('Motivo').locator('option').allTextContents()).toEqual([
      'Todos los motivos', 'Sin coincidencia', 'Coincidencia débil', 'No le sirvió', 'Abandonó', 'Pidió una persona', 'Respuesta equivocada',
    ]);
    await noSeriousViolations(page, 'groups');
    // The download of the view names its columns in Spanish.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).first().click()]);
    const [header] = parse(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')) as string[][];
    expect(header!.slice(0, 5)).toEqual(['Id', 'Pregunta (redacción más común)', 'Preguntas', 'Clientes', 'Crecimiento']);

    // A group: facts, dates with "UTC", the workflow and its verdict.
    await plazos.getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Cierra el ciclo' }).waitFor();
    const facts = Object.fromEntries(await page.locator('dl.facts > div').evaluateAll((ds) => ds.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent])));
    expect(facts).toMatchObject({ Preguntas: '9', Motivos: 'Sin coincidencia 9', Idioma: 'es' });
    expect(facts['Primera vez']).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} UTC$/);
    expect(await page.getByRole('status').filter({ hasText: 'fecha de corrección' }).textContent()).toMatch(/^Indica una fecha de corrección/);
    expect(await page.locator('table.questions thead th').allTextContents()).toEqual(['Cuándo', 'Pregunta', 'Página', 'Motivo', 'Sesión']);
    expect(await page.getByRole('heading', { level: 2, name: /^Todas las preguntas \(9\)$/ }).count()).toBe(1);
    await noSeriousViolations(page, 'group');
    // A refusal in Spanish: "published" needs the FAQ entry.
    await page.getByLabel('Estado').selectOption('published');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Primero vincula la entrada de las FAQ que resuelve este grupo.').waitFor();

    // Measures: Spanish numbers and percentages, chart axes and legends.
    await page.getByRole('link', { name: 'Métricas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Métricas' }).waitFor();
    await page.locator('.card .chart canvas').first().waitFor();
    expect(await page.getByTestId('unanswered').textContent()).toMatch(/^0,1\s%$/);
    expect(await page.locator('#m-top + p.big').textContent()).toMatch(/^10\.4\d\d preguntas$/);
    const drawn = await watched.drawn();
    expect(drawn.some((text) => new RegExp(`^\\d{1,2} (${ES_MONTHS})$`).test(text)), drawn.join(' | ')).toBe(true);
    expect(drawn.filter((text) => /^\d+\s%$/.test(text)), drawn.join(' | ')).toContain('50\u00a0%');
    expect(drawn.filter((text) => /^[A-Z][a-z]{2} \d{1,2}$/.test(text))).toEqual([]);
    // The legend names the series in Spanish and gives the day under the cursor as a Spanish date.
    const resolution = page.locator('section[aria-labelledby=m-resolution]');
    expect(await resolution.locator('.u-legend .u-series').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Resueltos/)]));
    const over = resolution.locator('.u-over');
    const box = (await over.boundingBox())!;
    await page.mouse.move(box.x + box.width - 5, box.y + box.height / 2);
    const legendDay = resolution.locator('.u-legend .u-series').first();
    await expect.poll(() => legendDay.locator('.u-value').textContent()).toMatch(ES_DAY);
    expect(await legendDay.locator('.u-label').textContent()).toBe('Día (UTC)');
    await noSeriousViolations(page, 'measures');

    // The inbox and a hand-off.
    await page.getByRole('link', { name: 'Bandeja de entrada' }).click();
    const row = page.locator('main table tbody tr').first();
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual([expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} UTC$/), 'Anaana@example.com', '¿Dónde está mi pedido?', 'inbox', 'Abierta', '', '']);
    await noSeriousViolations(page, 'inbox');
    await row.getByRole('link', { name: 'AY-5C1Z' }).click();
    await page.getByRole('heading', { level: 1, name: 'Derivación AY-5C1Z' }).waitFor();
    expect(await page.locator('ol.transcript .dates').first().textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}:\d{2} UTC $/);
    await page.getByRole('heading', { level: 2, name: 'Conversación' }).waitFor();
    expect(await page.getByRole('button', { name: 'Enviar respuesta' }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: /^Asignada a/ }).locator('option').first().textContent()).toBe('Nadie');
    await noSeriousViolations(page, 'hand-off');

    // Users: labels, roles and an error from the server, in Spanish.
    await page.getByRole('link', { name: 'Usuarios' }).click();
    await page.getByRole('heading', { level: 2, name: 'Añadir un usuario' }).waitFor();
    await page.locator('main table tbody tr').first().waitFor();
    expect(await page.getByLabel(`Rol de ${ADMIN}`).locator('option').allTextContents()).toEqual(['administrador', 'lector']);
    await page.getByLabel('Correo electrónico').fill(VIEWER);
    await page.getByRole('button', { name: 'Añadir usuario' }).click();
    await expect.poll(() => page.locator('main p[role=status]').first().textContent()).toBe('Correo electrónico: debe ser una dirección de correo como lead@example.com que no tenga otro usuario');
    await noSeriousViolations(page, 'users');

    await page.getByRole('link', { name: 'Sitios' }).click();
    await page.getByRole('heading', { level: 2, name: 'Añadir un sitio' }).waitFor();
    expect(await page.getByRole('region', { name: 'demo' }).getByText('Definido en ayuda.config.json (solo lectura)').count()).toBe(1);
    await noSeriousViolations(page, 'sites');

    // Back to the browser's language: English, and no preference stored.
    await page.getByLabel('Mostrar el panel en').selectOption('');
    await page.getByRole('heading', { level: 1, name: 'Sites' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    await expect.poll(() => storedLanguage(ADMIN)).toBe(null);
    await page.getByRole('link', { name: 'Unanswered questions' }).click();
    expect(await page.getByTestId('total-questions').textContent()).toBe('12');
    expect(watched.problems()).toEqual([]);
  });

  it('a browser in Spanish gets the login page in Spanish; a user’s own choice wins over the browser', async () => {
    const page = await chromium.page({ viewport: { width: 1280, height: 900 }, locale: 'es-ES' });
    await page.goto(`${live.url}/dashboard/`);
    await page.getByRole('heading', { level: 1, name: 'Panel de soporte de Ayuda' }).waitFor();
    expect(await htmlLang(page)).toBe('es');
    await noSeriousViolations(page, 'login');
    const spanish = { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' };
    await page.getByLabel(spanish.email).fill(VIEWER);
    await page.getByLabel(spanish.password).fill('not the password');
    await page.getByRole('button', { name: spanish.submit }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Correo o contraseña incorrectos.');

    // No preference: the browser's Spanish. Then the viewer's own choice of English wins.
    await logIn(page, VIEWER, { url: live.url, labels: spanish });
    await page.getByRole('heading', { level: 1, name: 'Preguntas sin respuesta' }).waitFor();
    expect(await page.getByLabel('Mostrar el panel en').locator('option').first().textContent()).toBe('El del navegador (español)');
    await live.k.updateTable('users').set({ language: 'en' }).where('email', '=', VIEWER).execute();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Unanswered questions' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.getByLabel('Show the dashboard in').inputValue()).toBe('en');
    await live.k.updateTable('users').set({ language: null }).where('email', '=', VIEWER).execute();
  });
});
