/**
 * Hand-off attachments through the collector's routes: uploads checked by
 * content, stored once per id, at most 3 per hand-off and before it; the
 * hand-off's email and webhook link each file with a signed, expiring link
 * that downloads it safely; the dashboard serves them as downloads only, to
 * users who see the hand-off's site. Runs on SQLite and PostgreSQL.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { parseMail } from '../../demo/sinks/parse-mail.ts';
import { startSmtpSink } from '../../demo/sinks/smtp-sink.ts';
import { startWebhookReceiver } from '../../demo/sinks/webhook-receiver.ts';
import { MAX_ATTACHMENT_BYTES } from '../../widget/src/handoff/attachments.ts';
import { attachmentTables, deleteAttachments } from '../../server/attachments/store.ts';
import { handoffCollector, SITE_ORIGIN, WEBHOOK_SECRET } from '../handoff/collector.ts';
import { makeRecord } from '../handoff/records.ts';
import { dashboardApp } from '../dashboard/dashboard-app.ts';
import { gifHtmlPolyglot, html, pdf, png, svgWithScript } from './fixtures.ts';
import type { FastifyInstance } from 'fastify';
import { linkSigner } from '../../server/links/signed-link.ts';
import { withDashboardTables } from '../../server/db/dashboard-schema.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const HANDOFF = 'handoff-000001';
const PUBLIC = 'https://help.tienda.example';

function upload(app: FastifyInstance, bytes: Buffer, q: { id: string; name?: string; handoff?: string; site?: string }, headers: Record<string, string> = { origin: SITE_ORIGIN }): Promise<LightMyRequestResponse> {
  const query = new URLSearchParams({ site: q.site ?? 'demo', handoff: q.handoff ?? HANDOFF, id: q.id, name: q.name ?? 'foto.png' });
  return app.inject({ method: 'POST', url: `/v1/handoffs/attachments?${query}`, payload: bytes, headers: { 'content-type': 'text/plain', ...headers } });
}
const refusal = (res: LightMyRequestResponse) => ({ status: res.statusCode, ...(res.json() as { error: string; path: string }) });

function expectDownloadHeaders(res: LightMyRequestResponse, type: string, name: string): void {
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe(type);
  expect(res.headers['content-disposition']).toBe(`attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox; frame-ancestors 'none'");
  expect(res.headers['cache-control']).toBe('private, no-store');
}

describe('POST /v1/handoffs/attachments', () => {
  it('stores a PNG and a PDF by their bytes, once per id, and refuses hostile, oversized and extra files with the reason', async () => {
    const c = await handoffCollector({ limits: { handoffLimits: { perAddressPerMinute: 100 } } }, { baseDelayMs: 50 });
    closers.push(() => c.close());
    const first = await upload(c.app, png(), { id: 'att-00000001', name: 'parcel.html' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ stored: true, id: 'att-00000001', type: 'image/png', size: png().length });
    expect(first.headers['access-control-allow-origin']).toBe(SITE_ORIGIN);
    // A resend (the outbox retries until acknowledged) stores nothing twice.
    expect((await upload(c.app, png(), { id: 'att-00000001', name: 'parcel.html' })).json()).toMatchObject({ stored: false });
    // Declared as a PNG, it is a PDF: the bytes decide.
    const statement = await upload(c.app, pdf(), { id: 'att-00000002', name: 'extracto.png' }, { origin: SITE_ORIGIN, 'content-type': 'image/png' });
    expect(statement.json()).toMatchObject({ stored: true, type: 'application/pdf' });

    expect(refusal(await upload(c.app, html(), { id: 'att-00000003', name: 'x.png' }))).toMatchObject({ status: 415, error: 'unsupported_type', path: 'body' });
    expect(refusal(await upload(c.app, svgWithScript(), { id: 'att-00000003', name: 'x.svg' }))).toMatchObject({ status: 415, error: 'unsupported_type' });
    expect(refusal(await upload(c.app, gifHtmlPolyglot(), { id: 'att-00000003', name: 'x.gif' }))).toMatchObject({ status: 415, error: 'unsafe_content' });
    expect(refusal(await upload(c.app, png(4, 4, MAX_ATTACHMENT_BYTES + 1), { id: 'att-00000003' }))).toMatchObject({ status: 413, error: 'too_large', path: 'body' });
    expect(refusal(await upload(c.app, Buffer.alloc(0), { id: 'att-00000003' }))).toMatchObject({ status: 400, error: 'empty' });
    expect(refusal(await upload(c.app, png(), { id: 'bad id!' }))).toMatchObject({ status: 400, error: 'invalid_request', path: 'id' });
    expect(refusal(await upload(c.app, png(), { id: 'att-00000003' }, { origin: 'https://evil.example' }))).toMatchObject({ status: 403, error: 'origin_not_allowed' });
    expect(refusal(await upload(c.app, png(), { id: 'att-00000003', site: 'nope' }))).toMatchObject({ status: 403, error: 'unknown_site' });

    expect((await upload(c.app, png(8, 8), { id: 'att-00000003', name: 'tercera.png' })).json()).toMatchObject({ stored: true });
    expect(refusal(await upload(c.app, png(9, 9), { id: 'att-00000004', name: 'cuarta.png' }))).toMatchObject({ status: 409, error: 'too_many_attachments', path: 'handoff' });
    expect(refusal(await upload(c.app, png(), { id: 'att-00000001', handoff: 'handoff-000009' }))).toMatchObject({ status: 409, error: 'id_taken' });

    const rows = await attachmentTables(c.db.kysely).selectFrom('handoff_attachments').select(['id', 'name', 'type', 'size']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'att-00000001', name: 'parcel.png', type: 'image/png', size: png().length },
      { id: 'att-00000002', name: 'extracto.pdf', type: 'application/pdf', size: pdf().length },
      { id: 'att-00000003', name: 'tercera.png', type: 'image/png', size: png(8, 8).length },
    ]);

    // Once its hand-off is stored, it takes no new file (a resend of a stored one is still acknowledged).
    expect((await c.app.inject({ method: 'POST', url: '/v1/handoffs', payload: JSON.stringify(makeRecord()), headers: { 'content-type': 'text/plain' } })).statusCode).toBe(200);
    await deleteAttachments(attachmentTables(c.db.kysely), 'nothing');
    expect((await upload(c.app, png(), { id: 'att-00000001', name: 'parcel.html' })).json()).toMatchObject({ stored: false });
    expect(refusal(await upload(c.app, png(), { id: 'att-00000009', handoff: HANDOFF }))).toMatchObject({ status: 409, error: 'handoff_sent' });
  });

  it('the email and the webhook link each file with a signed link that downloads it; a tampered or expired link is refused', async () => {
    const smtp = await startSmtpSink();
    closers.push(() => smtp.close());
    const hooks = await startWebhookReceiver(WEBHOOK_SECRET);
    closers.push(() => hooks.close());
    const now = Date.now();
    const c = await handoffCollector({ smtpPort: smtp.port, webhookUrl: hooks.url, limits: {} }, { baseDelayMs: 50 });
    closers.push(() => c.close());
    c.config.publicUrl = PUBLIC;
    await upload(c.app, png(), { id: 'att-00000001', name: 'paquete roto.png' });
    await upload(c.app, pdf(), { id: 'att-00000002', name: 'extracto.pdf' });
    expect((await c.app.inject({ method: 'POST', url: '/v1/handoffs', payload: JSON.stringify(makeRecord()), headers: { 'content-type': 'text/plain', origin: SITE_ORIGIN } })).statusCode).toBe(200);

    const [mail] = await smtp.waitFor(1);
    const parsed = parseMail(mail!.raw);
    parsed.text = parsed.text!.replace(/\r\n/g, '\n');
    const links = [...parsed.text!.matchAll(/https:\/\/help\.tienda\.example\/v1\/attachments\/\S+/g)].map((m) => m[0]);
    expect(links).toHaveLength(2);
    expect(parsed.text).toContain('Archivos adjuntos (los enlaces caducan a los 30 días');
    expect(parsed.text).toContain('- paquete roto.png (image/png, 1 KB): https://help.tienda.example/v1/attachments/att-00000001?k=');
    expect(parsed.html).toContain('>paquete roto.png</a>');
    const [hook] = await hooks.waitForAccepted(1);
    // Signed at its own attempt: the same files, each with a link of its own.
    const unsigned = (link: string) => link.replace(/\?k=.*/, '');
    expect(hook!.attachments!.map((a) => [a.name, a.type, unsigned(a.url!)])).toEqual([
      ['paquete roto.png', 'image/png', unsigned(links[0]!)],
      ['extracto.pdf', 'application/pdf', unsigned(links[1]!)],
    ]);
    expectDownloadHeaders(await c.app.inject({ method: 'GET', url: hook!.attachments![1]!.url!.slice(PUBLIC.length) }), 'application/pdf', 'extracto.pdf');
    expect(hook!.attachments![0]!.expires).toBeGreaterThan(now + 29 * 86_400_000);

    const path = (link: string) => link.slice(PUBLIC.length);
    const got = await c.app.inject({ method: 'GET', url: path(links[0]!) });
    expectDownloadHeaders(got, 'image/png', 'paquete roto.png');
    expect(Buffer.compare(got.rawPayload, png())).toBe(0);
    expectDownloadHeaders(await c.app.inject({ method: 'GET', url: path(links[1]!) }), 'application/pdf', 'extracto.pdf');

    // Another file's token, a changed signature, no token: refused alike.
    const token = new URL(links[0]!).searchParams.get('k')!;
    const tampered = [`/v1/attachments/att-00000002?k=${token}`, `/v1/attachments/att-00000001?k=${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`, '/v1/attachments/att-00000001'];
    // Signed by the collector's key, but expired a second ago.
    const expired = (await linkSigner(withDashboardTables(c.db.kysely))).sign('attachment', 'att-00000001', Date.now() - 1000);
    tampered.push(`/v1/attachments/att-00000001?k=${expired}`);
    for (const url of tampered) expect(refusal(await c.app.inject({ method: 'GET', url }))).toMatchObject({ status: 403, error: 'invalid_link' });
    // Erased since: the link finds nothing.
    await deleteAttachments(attachmentTables(c.db.kysely), HANDOFF);
    expect((await c.app.inject({ method: 'GET', url: path(links[0]!) })).statusCode).toBe(404);
  });

  it('are limited per address like hand-offs (3 files for each hand-off an address may send), before the body is read', async () => {
    const c = await handoffCollector({ limits: {} }, { baseDelayMs: 50 });
    closers.push(() => c.close());
    const codes: number[] = [];
    for (let i = 0; i < 16; i++) codes.push((await upload(c.app, png(), { id: `att-${String(i).padStart(8, '0')}`, handoff: `handoff-${String(i).padStart(6, '0')}` })).statusCode);
    expect(codes.slice(0, 15)).toEqual(Array(15).fill(200));
    const last = await upload(c.app, png(), { id: 'att-99999999' });
    expect(refusal(last)).toMatchObject({ status: 429, error: 'rate_limited' });
    expect(last.headers['retry-after']).toBeDefined();
  });

  it('without publicUrl, the email names the files and sends agents to the inbox', async () => {
    const smtp = await startSmtpSink();
    closers.push(() => smtp.close());
    const c = await handoffCollector({ smtpPort: smtp.port }, { baseDelayMs: 50 });
    closers.push(() => c.close());
    await upload(c.app, png(), { id: 'att-00000001', name: 'foto.png' });
    await c.app.inject({ method: 'POST', url: '/v1/handoffs', payload: JSON.stringify(makeRecord({ locale: 'en' })), headers: { 'content-type': 'text/plain' } });
    const text = parseMail((await smtp.waitFor(1))[0]!.raw).text!.replace(/\r\n/g, '\n');
    expect(text).toContain("Attachments (download them from the dashboard's inbox):\n- foto.png (image/png, 1 KB)\n");
    expect(text).not.toContain('/v1/attachments/');
  });
});

describe('attachments in the dashboard', () => {
  it('are listed and downloaded only as attachments, only by users who see the hand-off’s site', async () => {
    const d = await dashboardApp();
    closers.push(() => d.close());
    await upload(d.app, png(), { id: 'att-00000001', name: 'daño.png' });
    await upload(d.app, pdf(), { id: 'att-00000002', name: 'extracto.pdf' });
    await upload(d.app, png(), { id: 'att-00000003', handoff: 'handoff-000002', site: 'shop', name: 'shop.png' }, {});
    for (const [n, site] of [[1, 'demo'], [2, 'shop']] as const) {
      const res = await d.app.inject({ method: 'POST', url: '/v1/handoffs', payload: JSON.stringify(makeRecord({ site }, n)), headers: { 'content-type': 'text/plain' } });
      expect(res.statusCode).toBe(200);
    }
    const viewer = await d.as('viewer');
    const list = await viewer.get(`/dashboard/api/handoffs/${HANDOFF}/attachments`);
    expect(list.json()).toEqual({
      attachments: [
        expect.objectContaining({ id: 'att-00000001', name: 'daño.png', type: 'image/png', size: png().length }),
        expect.objectContaining({ id: 'att-00000002', name: 'extracto.pdf', type: 'application/pdf' }),
      ],
    });
    expect(JSON.stringify(list.json())).not.toContain('"data"');
    const file = await viewer.get(`/dashboard/api/handoffs/${HANDOFF}/attachments/att-00000001`);
    expectDownloadHeaders(file, 'image/png', 'daño.png');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="da_o.png"; filename*=UTF-8''da%C3%B1o.png`);
    expect(Buffer.compare(file.rawPayload, png())).toBe(0);
    // Another hand-off's file under this one's address: not found.
    expect((await viewer.get(`/dashboard/api/handoffs/${HANDOFF}/attachments/att-00000003`)).statusCode).toBe(404);

    // A user of "shop" alone: the demo hand-off's files do not exist for them.
    const admin = await d.as('admin');
    const created = await admin.request({ method: 'POST', url: '/dashboard/api/users', payload: { email: 'agency@example.com', role: 'viewer', sites: ['shop'], password: 'correct horse battery' } });
    expect(created.statusCode).toBe(201);
    const agency = d.client();
    await agency.login('agency@example.com');
    expect((await agency.get(`/dashboard/api/handoffs/${HANDOFF}/attachments/att-00000001`)).statusCode).toBe(404);
    expect((await agency.get(`/dashboard/api/handoffs/${HANDOFF}/attachments`)).statusCode).toBe(404);
    expect((await agency.get('/dashboard/api/handoffs/handoff-000002/attachments/att-00000003')).statusCode).toBe(200);
    // Logged out: nothing.
    expect((await d.client().get(`/dashboard/api/handoffs/${HANDOFF}/attachments/att-00000001`)).statusCode).toBe(401);
  });
});
