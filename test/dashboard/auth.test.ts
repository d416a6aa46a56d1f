import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../server/auth/password.ts';
import { newTotpSecret, totpCode } from '../../server/auth/totp.ts';
import { createUser, setTotp } from '../../server/auth/users.ts';
import { DASHBOARD_CSP } from '../../server/dashboard/http.ts';
import { dashboardApp, PASSWORD, stubDist, type DashboardApp } from './dashboard-app.ts';

let d: DashboardApp;
afterEach(async () => {
  await d?.close();
});

describe('passwords', () => {
  it('are hashed with scrypt and a random salt, and verified', async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword('wrong horse battery', a)).toBe(false);
    expect(await verifyPassword(PASSWORD, 'plain')).toBe(false);
  });
});

describe('dashboard access', () => {
  it('answers 401 to the API and redirects pages to the login page when logged out', async () => {
    d = await dashboardApp();
    const c = d.client();
    for (const url of ['/dashboard/api/groups', '/dashboard/api/meta', '/dashboard/api/measures', '/dashboard/api/handoffs', '/dashboard/api/export/groups.csv', '/dashboard/api/users']) {
      const res = await c.get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json()).toMatchObject({ error: 'unauthenticated' });
    }
    const page = await c.get('/dashboard/groups/3?site=demo');
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/dashboard/login?next=%2Fdashboard%2Fgroups%2F3%3Fsite%3Ddemo');
    expect((await c.get('/dashboard')).statusCode).toBe(303);
    const login = await c.get('/dashboard/login');
    expect(login.statusCode).toBe(200);
    expect(login.headers['content-type']).toMatch(/^text\/html/);
  });

  it('serves the new page shell after a rebuild, without a restart (the old one names assets that are gone)', async () => {
    const dist = stubDist();
    d = await dashboardApp({}, dist);
    const c = d.client();
    expect((await c.get('/dashboard/login')).body).toContain('<title>stub</title>');
    // A rebuild as build-dashboard.ts does it: a new folder renamed over the old one.
    const next = stubDist();
    writeFileSync(join(next, 'index.html'), '<!doctype html><html lang="en"><title>rebuilt</title><script type="module" src="/dashboard/assets/app.js"></script></html>');
    rmSync(dist, { recursive: true });
    renameSync(next, dist);
    const page = await c.get('/dashboard/login');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>rebuilt</title>');
    expect((await c.get('/dashboard/assets/app.js')).statusCode).toBe(200);
  });

  it('sends a strict CSP and no-store on every dashboard response', async () => {
    d = await dashboardApp();
    const c = d.client();
    for (const url of ['/dashboard/login', '/dashboard/api/session', '/dashboard/api/groups', '/dashboard/assets/app.js']) {
      const res = await c.get(url);
      expect(res.headers['content-security-policy'], url).toBe(DASHBOARD_CSP);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
    expect(DASHBOARD_CSP).toContain("default-src 'self'");
    expect(DASHBOARD_CSP).not.toContain('unsafe-inline');
    expect((await c.get('/dashboard/api/session')).headers['cache-control']).toBe('no-store');
  });

  it('logs in with a session cookie that is HttpOnly, SameSite=Lax, scoped to /dashboard, and Secure over HTTPS', async () => {
    d = await dashboardApp({ trustProxy: true });
    await createUser(d.k, { email: 'Lead@Example.com', role: 'admin', password: PASSWORD });
    const c = d.client();
    await c.session();
    const res = await c.request({ method: 'POST', url: '/dashboard/api/login', payload: { email: ' lead@example.com', password: PASSWORD }, headers: { 'x-forwarded-proto': 'https' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { email: 'lead@example.com', role: 'admin' } });
    expect(res.json().user).not.toHaveProperty('password_hash');
    const cookie = String(res.headers['set-cookie']).split(/,(?=\s*ayuda_)/).find((s) => s.includes('ayuda_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/dashboard/);
    expect(cookie).toMatch(/Secure/);
    // The session lives server-side: the table holds a hash of the token, not the token.
    const rows = await d.k.selectFrom('sessions').select(['id', 'expires_at']).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toBe(c.cookies.get('ayuda_session'));
    expect((await c.get('/dashboard/api/meta')).statusCode).toBe(200);

    const plain = d.client();
    await createUser(d.k, { email: 'viewer@example.com', role: 'viewer', password: PASSWORD });
    await plain.login('viewer@example.com');
    expect(String(plain.cookies.get('ayuda_session'))).not.toBe('');
    const overHttp = await d.client().login('viewer@example.com');
    expect(String(overHttp.headers['set-cookie'])).not.toMatch(/Secure/);
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    d = await dashboardApp();
    await createUser(d.k, { email: 'lead@example.com', role: 'admin', password: PASSWORD });
    const wrong = await d.client().login('lead@example.com', 'not the password');
    const unknown = await d.client().login('nobody@example.com', PASSWORD);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.cookies.find((c) => c.name === 'ayuda_session')).toBeUndefined();
  });

  it('refuses state changes without a valid CSRF token, login included', async () => {
    d = await dashboardApp();
    await createUser(d.k, { email: 'lead@example.com', role: 'admin', password: PASSWORD });
    const c = d.client();
    await c.session();
    const noToken = await c.request({ method: 'POST', url: '/dashboard/api/login', payload: { email: 'lead@example.com', password: PASSWORD }, csrf: false });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({ error: 'csrf' });
    const before = c.csrf;
    expect((await c.login('lead@example.com')).statusCode).toBe(200);
    // A token from before the login is bound to no session: refused once logged in.
    const stale = await c.request({ method: 'POST', url: '/dashboard/api/logout', headers: { 'x-csrf-token': before }, csrf: false });
    expect(stale.statusCode).toBe(403);
    const forged = await c.request({ method: 'POST', url: '/dashboard/api/logout', headers: { 'x-csrf-token': 'forged' }, csrf: false });
    expect(forged.statusCode).toBe(403);
    const patch = await c.request({ method: 'PATCH', url: '/dashboard/api/handoffs/x', payload: { status: 'solved' }, csrf: false });
    expect(patch.statusCode).toBe(403);
    expect((await c.request({ method: 'POST', url: '/dashboard/api/logout' })).statusCode).toBe(200);
  });

  it('ends the session server-side on logout and when it expires', async () => {
    d = await dashboardApp();
    const c = await d.as('admin');
    const stolen = new Map(c.cookies);
    expect((await c.request({ method: 'POST', url: '/dashboard/api/logout' })).statusCode).toBe(200);
    const replay = d.client();
    replay.cookies = stolen;
    expect((await replay.get('/dashboard/api/meta')).statusCode).toBe(401);

    const e = await d.as('admin');
    await d.k.updateTable('sessions').set({ expires_at: Date.now() - 1 }).execute();
    expect((await e.get('/dashboard/api/meta')).statusCode).toBe(401);
    expect(await d.k.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it('wrong passwords for an email cannot lock its owner out: the right password from another address gets in at once', async () => {
    d = await dashboardApp();
    await createUser(d.k, { email: 'lead@example.com', role: 'admin', password: PASSWORD });
    const attacker = d.client('203.0.113.66');
    const codes: number[] = [];
    // The same account however it is written: case and spaces are folded.
    for (const email of ['lead@example.com', 'LEAD@example.com', ' lead@example.com ', 'Lead@Example.Com', 'lead@example.com ', 'lead@EXAMPLE.com']) {
      codes.push((await attacker.login(email, 'wrong password')).statusCode);
    }
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes.slice(3)).toContain(429);
    // The attacker's own address waits, even with the right password, and is told how long.
    const waiting = await attacker.login('lead@example.com');
    expect(waiting.statusCode).toBe(429);
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(0);
    expect(waiting.json()).toMatchObject({ error: 'rate_limited', path: 'email' });
    // The lead, from their own address, in any case or with spaces:
    for (const email of ['lead@example.com', ' LEAD@example.com ']) {
      const lead = d.client('198.51.100.20');
      const res = await lead.login(email);
      expect(res.statusCode, email).toBe(200);
      expect((await lead.session()).user?.email).toBe('lead@example.com');
    }
  });

  it('slows one address down across accounts, and keeps the per-address request limit', async () => {
    d = await dashboardApp();
    await createUser(d.k, { email: 'lead@example.com', role: 'admin', password: PASSWORD });
    const sprayer = d.client('203.0.113.77');
    const codes: number[] = [];
    for (let i = 0; i < 10; i++) codes.push((await sprayer.login(`user${i}@example.com`, 'Winter2026!')).statusCode);
    expect(codes).toContain(429);
    const refused = (await sprayer.login('someone@example.com', 'whatever password'));
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: 'rate_limited' });
    // Another address is not concerned.
    expect((await d.client('198.51.100.21').login('lead@example.com')).statusCode).toBe(200);
  });

  it('asks an admin with a second factor for the authenticator code: none, wrong or reused is refused, the current one gets in', async () => {
    d = await dashboardApp();
    await createUser(d.k, { email: 'lead@example.com', role: 'admin', password: PASSWORD });
    const secret = newTotpSecret();
    await setTotp(d.k, 'lead@example.com', secret);
    await d.as('viewer', 'viewer@example.com');
    await expect(setTotp(d.k, 'viewer@example.com', secret)).rejects.toThrow(/for admins/);
    const c = d.client('198.51.100.30');
    const without = await c.login('lead@example.com');
    expect(without.statusCode).toBe(401);
    expect(without.json()).toMatchObject({ error: 'totp_required', path: 'code' });
    const login = (code: string) => c.request({ method: 'POST', url: '/dashboard/api/login', payload: { email: 'lead@example.com', password: PASSWORD, code } });
    const now = totpCode(secret, Math.floor(Date.now() / 30_000));
    const wrong = await login(now === '000000' ? '111111' : '000000');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: 'invalid_code', path: 'code' });
    expect((await login(now)).statusCode).toBe(200);
    expect((await c.session()).user?.email).toBe('lead@example.com');
    // The same code again (seen over a shoulder, replayed): refused.
    const other = d.client('198.51.100.32');
    await other.session();
    const again = await other.request({ method: 'POST', url: '/dashboard/api/login', payload: { email: 'lead@example.com', password: PASSWORD, code: now } });
    expect(again.json()).toMatchObject({ error: 'invalid_code' });
    // Without a second factor, password alone, as before.
    await setTotp(d.k, 'lead@example.com', null);
    expect((await d.client('198.51.100.33').login('lead@example.com')).statusCode).toBe(200);
  });

  it('lets viewers read and only admins change things', async () => {
    d = await dashboardApp();
    const viewer = await d.as('viewer');
    expect((await viewer.get('/dashboard/api/groups')).statusCode).toBe(200);
    expect((await viewer.get('/dashboard/api/users')).statusCode).toBe(403);
    const patch = await viewer.request({ method: 'PATCH', url: '/dashboard/api/groups/1', payload: { status: 'drafted' } });
    expect(patch.statusCode).toBe(403);
    expect(patch.json()).toMatchObject({ error: 'forbidden' });
    const add = await viewer.request({ method: 'POST', url: '/dashboard/api/users', payload: { email: 'x@example.com', role: 'admin' } });
    expect(add.statusCode).toBe(403);
    const admin = await d.as('admin');
    expect((await admin.get('/dashboard/api/users')).statusCode).toBe(200);
  });
});
