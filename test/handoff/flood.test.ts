/**
 * A hand-off flood (issue 14): what one source can make the support team
 * receive, counted as emails arriving at a real SMTP server and webhooks at
 * a real receiver on loopback.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handoffCollector, SITE_ORIGIN, WEBHOOK_SECRET, type HandoffDestinations } from './collector.ts';
import { makeRecord } from './records.ts';
import { startSmtpSink, type SmtpSink } from '../../demo/sinks/smtp-sink.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../demo/sinks/webhook-receiver.ts';
import { DEFAULT_HANDOFF_LIMITS } from '../../server/config/config.ts';
import { dashboardApp } from '../dashboard/dashboard-app.ts';
import { REFERENCE_ALPHABET } from '../../widget/src/handoff/reference.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

type Collector = Awaited<ReturnType<typeof handoffCollector>>;
const WAIT = { timeout: 10_000, interval: 20 };

/** A collector emailing and posting every hand-off of site `demo`, with `limits` (default: the shipped ones). */
async function stack(limits: Record<string, unknown> = {}, d: HandoffDestinations = {}): Promise<{ c: Collector; smtp: SmtpSink; hook: WebhookReceiver }> {
  const smtp = await startSmtpSink();
  closers.push(() => smtp.close());
  const hook = await startWebhookReceiver(WEBHOOK_SECRET);
  closers.push(() => hook.close());
  const c = await handoffCollector({ smtpPort: smtp.port, webhookUrl: hook.url, limits, ...d }, { baseDelayMs: 50 });
  closers.push(() => c.close());
  return { c, smtp, hook };
}

let n = 0;
/** A reference of its own for hand-off `i` (AY-222-2A3 …). */
const referenceOf = (i: number): string => `AY-${[0, 1, 2, 3, 4, 5].map((k) => REFERENCE_ALPHABET[Math.floor(i / REFERENCE_ALPHABET.length ** k) % REFERENCE_ALPHABET.length]).join('').replace(/^(...)/, '$1-')}`;
/** A hand-off from `address`, by `email`; no Origin header unless given (curl, not a browser). */
function send(c: Pick<Collector, 'app'>, address: string, email = `customer${++n}@example.com`, headers: Record<string, string> = {}) {
  const record = makeRecord({ contact: { name: 'X', email }, reference: referenceOf(++n) }, n);
  return c.app.inject({ method: 'POST', url: '/v1/handoffs', remoteAddress: address, payload: JSON.stringify(record), headers: { 'content-type': 'text/plain', ...headers } });
}

/** Once no delivery is waiting, what the team received. */
async function received(c: Collector, smtp: SmtpSink, hook: WebhookReceiver) {
  await vi.waitFor(async () => expect((await c.deliveries()).filter((d) => d.status === 'pending')).toEqual([]), WAIT);
  return { emails: smtp.messages.length, webhooks: hook.accepted().length };
}

describe('a hand-off flood', () => {
  it('from one address: 5 a minute by default, each refused one a 429 with Retry-After, and the team receives 5 emails and 5 webhooks, not 40', async () => {
    const { c, smtp, hook } = await stack();
    const codes: number[] = [];
    let last;
    for (let i = 0; i < 40; i++) codes.push((last = await send(c, '203.0.113.7')).statusCode);
    expect(codes.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(codes.slice(5)).toEqual(Array(35).fill(429));
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(last!.json()).toMatchObject({ error: 'rate_limited', path: '$' });
    expect(await c.inbox()).toHaveLength(5);
    expect(await received(c, smtp, hook)).toEqual({ emails: 5, webhooks: 5 });
    // Another address is not affected.
    expect((await send(c, '198.51.100.1')).statusCode).toBe(200);
  });

  it('for one contact email (in any case) from many addresses: 3 a minute, refused naming contact.email', async () => {
    const { c } = await stack();
    const emails = ['ana@example.com', 'ANA@example.com', 'Ana@Example.com', 'ana@example.com', 'ana@EXAMPLE.com'];
    const replies = [];
    for (const [i, email] of emails.entries()) replies.push(await send(c, `192.0.2.${i + 1}`, email));
    expect(replies.map((r) => r.statusCode)).toEqual([200, 200, 200, 429, 429]);
    expect(replies[3]!.json()).toMatchObject({ error: 'rate_limited', path: 'contact.email' });
    expect(Number(replies[3]!.headers['retry-after'])).toBeGreaterThan(0);
    expect(await c.inbox()).toHaveLength(3);
  });

  it(`for one site from many addresses: ${DEFAULT_HANDOFF_LIMITS.perSitePerMinute} a minute by default, refused naming site`, async () => {
    const { c } = await stack();
    const codes: number[] = [];
    for (let i = 0; i < DEFAULT_HANDOFF_LIMITS.perSitePerMinute + 3; i++) codes.push((await send(c, `10.1.${i >> 8}.${i & 255}`)).statusCode);
    expect(codes.filter((s) => s === 200)).toHaveLength(DEFAULT_HANDOFF_LIMITS.perSitePerMinute);
    expect(codes.slice(-3)).toEqual([429, 429, 429]);
    const refused = await send(c, '10.9.9.9');
    expect(refused.json()).toMatchObject({ error: 'rate_limited', path: 'site' });
  });

  it('without Origin, past the site ceiling per hour: stored in the inbox, deliveries held (not emailed, not posted); browsers (with Origin) still delivered', async () => {
    const { c, smtp, hook } = await stack({ handoffLimits: { untrustedPerSitePerHour: 3, perSitePerMinute: 100 } });
    for (let i = 0; i < 8; i++) expect((await send(c, `10.2.0.${i}`)).statusCode).toBe(200);
    expect(await c.inbox()).toHaveLength(8);
    expect(await received(c, smtp, hook)).toEqual({ emails: 3, webhooks: 3 });
    const statuses = (await c.deliveries()).map((d) => d.status);
    expect(statuses.filter((s) => s === 'held')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'delivered')).toHaveLength(6);
    // A customer's browser sends Origin: delivered even now.
    expect((await send(c, '10.3.0.1', 'real@example.com', { origin: SITE_ORIGIN })).statusCode).toBe(200);
    expect(await received(c, smtp, hook)).toEqual({ emails: 4, webhooks: 4 });
  });

  it('the dashboard inbox warns about the held hand-offs of each site, and an admin can send them after all', async () => {
    const hook = await startWebhookReceiver(WEBHOOK_SECRET);
    closers.push(() => hook.close());
    const d = await dashboardApp({
      sites: [{ key: 'demo', origins: [SITE_ORIGIN], handoff: { webhook: { url: hook.url, secret: WEBHOOK_SECRET } } }],
      handoffLimits: { untrustedPerSitePerHour: 2 },
    });
    closers.push(() => d.close());
    const admin = await d.as('admin');
    expect((await admin.get('/dashboard/api/handoffs')).json().held).toEqual([]);
    for (let i = 0; i < 5; i++) expect((await send(d, `10.4.0.${i}`)).statusCode).toBe(200);
    await hook.waitForAccepted(2);
    const inbox = (await admin.get('/dashboard/api/handoffs')).json();
    expect(inbox.handoffs).toHaveLength(5);
    expect(inbox.held).toEqual([{ site: 'demo', handoffs: 3, latest: expect.any(Number) }]);
    expect(hook.accepted()).toHaveLength(2);
    // Only an admin decides: a viewer is refused, a bad action is named.
    const viewer = await d.as('viewer');
    expect((await viewer.request({ method: 'POST', url: '/dashboard/api/handoffs/held', payload: { site: 'demo', action: 'release' } })).statusCode).toBe(403);
    const bad = await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/held', payload: { site: 'demo', action: 'send' } });
    expect(bad.statusCode).toBe(400);
    expect((await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/held', payload: { site: 'shop', action: 'release' } })).statusCode).toBe(404);
    // Released, they are posted after all, and the warning goes.
    const released = await admin.request({ method: 'POST', url: '/dashboard/api/handoffs/held', payload: { site: 'demo', action: 'release' } });
    expect(released.json()).toEqual({ site: 'demo', action: 'release', deliveries: 3 });
    await hook.waitForAccepted(5);
    expect((await admin.get('/dashboard/api/handoffs')).json().held).toEqual([]);
  });
});
