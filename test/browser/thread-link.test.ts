/**
 * The reply email's thread link, end to end in Chromium: a customer's
 * hand-off (Spanish, then English) reaches the inbox; the agent replies from
 * the dashboard; the reply's email in the SMTP sink holds a signed link;
 * opened on a phone, the collector's page shows the thread (the reply, the
 * status, never the note) in the customer's language and passes axe; the
 * customer answers there and the agent sees the answer in the inbox. Then
 * an admin erases the customer on the dashboard's Erasure page (axe too),
 * after which the same link shows no data (410).
 */
import { describe, expect, it } from 'vitest';
import { parseMail } from '../../demo/sinks/parse-mail.ts';
import { useHandoffStack } from '../handoff/browser-stack.ts';
import { makeRecord } from '../handoff/records.ts';
import { ADMIN } from '../dashboard/live-dashboard.ts';
import { seriousViolations } from './axe.ts';
import { useChromium } from './chromium.ts';
import { logIn } from './use-live-dashboard.ts';

const chromium = useChromium();
const stack = useHandoffStack({ dashboard: true });
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function handOff(n: number, overrides: Parameters<typeof makeRecord>[0]): Promise<void> {
  const res = await fetch(`${stack.collector}/v1/handoffs`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://localhost:5173' }, body: JSON.stringify(makeRecord(overrides, n)) });
  expect(res.status).toBe(200);
}

/** The thread link in the `count`th email of the sink. */
async function threadLink(count: number): Promise<string> {
  const mails = await stack.smtp.waitFor(count);
  const text = parseMail(mails[count - 1]!.raw).text ?? '';
  const link = /(http:\/\/\S+\/thread\/\S+)/.exec(text)?.[1];
  expect(link, text).toBeDefined();
  return link!;
}

describe('the thread link of a reply email', () => {
  it('opens the thread on a phone in the customer’s language, takes their answer to the inbox, passes axe; an erased customer’s link shows nothing', async () => {
    await handOff(1, { id: 'handoff-es-0001', reference: 'AY-7K3-Q9F', session: 'sess-ana', contact: { name: 'Ana', email: 'ana@example.com' } });
    await handOff(2, { id: 'handoff-en-0002', reference: 'AY-EN2-ENG', session: 'sess-bob', locale: 'en-GB', timeZone: 'Europe/London', contact: { name: 'Bob', email: 'bob@example.com' }, question: 'Where is my <b>order</b>?' });
    await stack.waitForInbox(2);
    await stack.smtp.waitFor(2);

    // The agent replies to both, with a note on the first.
    const agent = await chromium.page({ locale: 'en-GB' });
    await agent.goto(`${stack.collector}/dashboard/inbox/handoff-es-0001`);
    await agent.waitForURL(/\/dashboard\/login\?next=/);
    await logIn(agent, ADMIN);
    await agent.getByRole('heading', { name: 'Hand-off AY-7K3-Q9F' }).waitFor();
    await agent.getByLabel('Message', { exact: true }).fill('NOTA INTERNA: revisar');
    await agent.getByRole('button', { name: 'Add internal note' }).click();
    await agent.getByText(`Internal note by ${ADMIN}`).waitFor();
    await agent.getByLabel('Message', { exact: true }).fill('Hola Ana: tu pedido sale hoy.');
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await agent.getByText(`Reply from ${ADMIN}`).waitFor();
    const spanish = await threadLink(3);

    // The customer opens the link on a phone.
    const phone = await chromium.page({ ...PHONE, locale: 'es-ES' });
    const opened = await phone.goto(spanish);
    expect(opened?.status()).toBe(200);
    expect(await phone.getAttribute('html', 'lang')).toBe('es');
    await phone.getByRole('heading', { name: 'Tu solicitud AY-7K3-Q9F' }).waitFor();
    await phone.getByText('Hola Ana: tu pedido sale hoy.').waitFor();
    await phone.getByText('Respondida: esperando tu respuesta').waitFor();
    expect(await phone.content()).not.toContain('NOTA INTERNA');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.getByLabel('Tu respuesta').fill('¡Gracias! ¿Llega el jueves?');
    await phone.getByRole('button', { name: 'Enviar respuesta' }).click();
    await phone.getByText('Hemos recibido tu respuesta.').waitFor();
    await phone.getByText('En curso').waitFor();
    expect(await seriousViolations(phone)).toEqual([]);

    // The agent sees the answer in the inbox, live.
    await agent.getByText('¡Gracias! ¿Llega el jueves?').waitFor({ timeout: 15_000 });
    await agent.locator('.facts').getByText('Open', { exact: true }).waitFor();

    // In English for an English-speaking customer.
    await agent.goto(`${stack.collector}/dashboard/inbox/handoff-en-0002`);
    await agent.getByLabel('Message', { exact: true }).fill('Hello Bob, it ships today.');
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await agent.getByText(`Reply from ${ADMIN}`).waitFor();
    const english = await threadLink(4);
    const bob = await chromium.page({ ...PHONE, locale: 'en-GB' });
    await bob.goto(english);
    expect(await bob.getAttribute('html', 'lang')).toBe('en');
    await bob.getByRole('heading', { name: 'Your request AY-EN2-ENG' }).waitFor();
    await bob.getByText('Where is my <b>order</b>?').waitFor(); // shown as text
    await bob.getByText('Answered: waiting for you').waitFor();
    expect(await seriousViolations(bob)).toEqual([]);

    // The admin erases Ana on the Erasure page; her link then shows nothing.
    await agent.goto(`${stack.collector}/dashboard/erasure`);
    await agent.getByRole('heading', { name: 'Erase a customer’s data' }).waitFor();
    await agent.getByLabel('Customer’s email').fill('ana@example.com');
    await agent.getByRole('button', { name: 'Show what will be erased' }).click();
    await agent.getByRole('heading', { name: 'This will be erased for good' }).waitFor();
    await agent.getByText('1 hand-off found: AY-7K3-Q9F (demo)').waitFor();
    await agent.getByRole('row', { name: /Messages and notes 3/ }).waitFor();
    expect(await seriousViolations(agent)).toEqual([]);
    await agent.getByRole('button', { name: 'Erase for good' }).click();
    await agent.getByText(/^Erased\. Logged as erasure \d+\.$/).waitFor();
    await agent.getByRole('cell', { name: 'email (its hash only)' }).waitFor();
    expect(await seriousViolations(agent)).toEqual([]);
    expect((await stack.inbox()).map((h) => h.reference)).toEqual(['AY-EN2-ENG']);
    const gone = await phone.goto(spanish);
    expect(gone?.status()).toBe(410);
    expect(await phone.content()).not.toContain('Hola Ana');
    expect(await seriousViolations(phone)).toEqual([]);
    expect([...phone.errors, ...bob.errors, ...agent.errors]).toEqual([]);
  }, 180_000);
});
