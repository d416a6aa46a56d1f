/**
 * Numbers a support lead can trust, end to end in Chromium: six customers
 * use help on the demo shop (the real widget, outbox and collector), then the
 * lead reads the dashboard, and every figure is checked against counts made
 * by hand here, by the definitions of server/dashboard/sessions/help-sessions.ts:
 *
 * | customer | what they did                                              | questions | unanswered          | resolved            |
 * |----------|------------------------------------------------------------|-----------|---------------------|---------------------|
 * | A        | searched, opened the answer                                 | 1         | 0                   | yes                 |
 * | B        | searched, found nothing, closed help                        | 1         | 1 gave_up           | no: gave up         |
 * | C        | a wording with weak results for 0.7 s, rewrote it, read     | 2         | 1 weak_match        | yes                 |
 * | D        | a confident wrong answer, rephrased to another entry, read  | 2         | 1 answered_wrongly  | yes                 |
 * | E        | opened the answer, said "No" with a comment                 | 1         | 1 not_helpful       | no: said No         |
 * | F        | searched, asked a person (hand-off to the inbox)            | 1         | 1 asked_human       | no: asked a person  |
 *
 * Totals: 6 customers, 3 resolved (50%); 8 questions, 5 unanswered (62.5%).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN } from '../dashboard/live-dashboard.ts';
import { HandoffPage } from '../handoff/handoff-page.ts';
import { useChromium } from './chromium.ts';
import { HelpWidget } from './help-widget.ts';
import { useDemo } from './use-demo.ts';
import { logIn, useLiveDashboard } from './use-live-dashboard.ts';

vi.setConfig({ testTimeout: 240_000 });

const live = useLiveDashboard({ groupingIntervalMs: 300 });
const demo = useDemo({ collector: () => live.url });
const chromium = useChromium();

/** One customer: a fresh browser (its own session), on the Spanish shop, help open. */
async function customer(): Promise<{ page: Page; help: HelpWidget }> {
  const page = await chromium.page({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${demo.url}/`);
  const help = new HelpWidget(page, 'es');
  await help.openWithLauncher();
  return { page, help };
}

/** Type, let the search settle (the panel reports a search after a 1 s pause). */
async function ask(help: HelpWidget, query: string): Promise<void> {
  await help.search(query);
  await help.page.waitForTimeout(1300);
}

async function eventsStored(): Promise<number> {
  return (await live.k.selectFrom('events').select('id').execute()).length;
}

describe('the numbers on the dashboard, against counts made by hand', () => {
  it('scripted customers, then every figure of Unanswered questions, a group and Measures', async () => {
    // A: answered, and read.
    let c = await customer();
    await c.help.search('como devuelvo un pedido');
    await c.help.openResult(0);
    await c.page.waitForTimeout(1200);
    await c.help.close();

    // B: nothing found, help closed.
    c = await customer();
    await ask(c.help, 'receta de paella valenciana');
    await c.help.close();

    // C: weak results for 0.7 s, then rewritten before it settled, then read.
    c = await customer();
    await c.help.search('abris los domingos');
    await c.page.waitForTimeout(700);
    await c.help.search('horario de atencion al cliente');
    await c.help.openResult(0);
    await c.help.close();

    // D: a confident wrong answer (the loss-of-suction entry for a strange noise), then another wording, another entry, read.
    c = await customer();
    await ask(c.help, 'mi aspiradora hace un ruido raro al encenderla');
    await c.help.search('cuantos años de garantia tiene');
    await c.help.openResult(0);
    await c.help.close();

    // E: opened the answer, "No", with a comment.
    c = await customer();
    await c.help.search('cuanto tarda el envio');
    await c.help.openResult(0);
    await c.help.panel.getByRole('button', { name: 'No', exact: true }).click();
    await c.help.panel.getByLabel('¿Qué te faltó? (opcional)').fill('hablo del envío, no de la reparación');
    await c.help.panel.getByRole('button', { name: 'Enviar', exact: true }).click();
    await c.help.close();

    // F: asked a person.
    c = await customer();
    const h = new HandoffPage(c.page, 'es');
    await ask(c.help, 'quiero hablar con alguien de la tienda');
    await h.open();
    await h.channel('Mensaje').check();
    await h.field('name').fill('Ana');
    await h.field('email').fill('ana@example.com');
    await h.button(h.t.send).click();
    await c.help.panel.getByRole('heading', { name: h.t.sentTitle }).waitFor();
    await c.help.close();

    // A: search + read; B: gave_up; C: weak search + search + read; D: 2 searches + read; E: search + No + read; F: search or its held weak/none + hand-off.
    await expect.poll(eventsStored, { timeout: 60_000 }).toBeGreaterThanOrEqual(14);
    await expect.poll(async () => (await live.k.selectFrom('group_members').select('event_id').execute()).length, { timeout: 60_000 }).toBe(5);

    const lead = await chromium.page({ viewport: { width: 1400, height: 900 } });
    await logIn(lead, ADMIN, { url: live.url });

    // Unanswered questions: five, one per customer who had one, each with the reason that says most.
    const rows = lead.locator('table.groups tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(5);
    expect(await lead.getByTestId('total-questions').innerText()).toBe('5');
    for (const [wording, reason] of [
      ['receta de paella valenciana', 'Gave up'],
      ['abris los domingos', 'Weak match'],
      ['mi aspiradora hace un ruido raro al encenderla', 'Answered wrongly'],
      ['cuanto tarda el envio', 'Not helpful'],
      ['quiero hablar con alguien de la tienda', 'Asked a human'],
    ]) {
      const row = rows.filter({ has: lead.getByRole('link', { name: wording, exact: true }) });
      expect(await row.count(), wording).toBe(1);
      expect(await row.locator('[data-col="count"]').innerText(), wording).toBe('1');
      expect(await row.innerText(), wording).toContain(reason);
    }

    // A group: its one question, its wording, within the same filters.
    await lead.getByRole('link', { name: 'abris los domingos', exact: true }).click();
    await lead.locator('table.questions').waitFor();
    expect(await lead.locator('table.questions td.question').allInnerTexts()).toEqual(['abris los domingos']);

    // Measures: customers and questions, as counted above.
    await lead.getByRole('link', { name: 'Measures', exact: true }).click();
    await lead.getByTestId('resolution').waitFor();
    expect(await lead.getByTestId('resolution').innerText()).toBe('50.0%');
    expect((await lead.getByTestId('resolution-counts').innerText()).replace(/\s+/g, ' ')).toMatch(/^3 of 6 customers who asked something .* 3 hand-offs avoided\./);
    expect(await lead.getByTestId('unanswered').innerText()).toBe('62.5%');
    expect(await lead.getByTestId('unanswered-counts').innerText()).toMatch(/^5 of 8 questions /);
    const reasons = await lead.getByTestId('unresolved').locator('tbody tr').allInnerTexts();
    expect(reasons.map((r) => r.replace(/\s+/g, ' ').trim()).sort()).toEqual(['Asked a human 1', 'Gave up 1', 'Not helpful 1']);
    const misleading = (await lead.getByTestId('entries').innerText()).replace(/\s+/g, ' ');
    expect(misleading).toMatch(/pierde-succion 1 1 \(100%\)/);
    expect(lead.errors).toEqual([]);
  });
});
