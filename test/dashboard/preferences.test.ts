import { afterEach, describe, expect, it } from 'vitest';
import { dashboardApp, type DashboardApp } from './dashboard-app.ts';

let d: DashboardApp;
afterEach(async () => {
  await d?.close();
});

const setLanguage = (c: Awaited<ReturnType<DashboardApp['as']>>, payload: unknown, csrf = true) =>
  c.request({ method: 'POST', url: '/dashboard/api/preferences', payload: payload as object, csrf });

describe('the dashboard language of a user', () => {
  it('follows the browser until the user chooses one, is kept on the user across sessions, and null goes back to the browser', async () => {
    d = await dashboardApp();
    const viewer = await d.as('viewer', 'ana@example.com');
    expect((await viewer.session()).user).toMatchObject({ email: 'ana@example.com', language: null });

    const res = await setLanguage(viewer, { language: 'es' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ language: 'es' });
    expect((await viewer.session()).user).toMatchObject({ language: 'es' });
    // Stored on the user: a new login finds it; nobody else's changes.
    const again = d.client();
    await again.login('ana@example.com');
    expect((await again.session()).user).toMatchObject({ language: 'es' });
    const other = await d.as('admin');
    expect((await other.session()).user).toMatchObject({ language: null });

    expect((await setLanguage(viewer, { language: null })).json()).toEqual({ language: null });
    expect(await d.k.selectFrom('users').select(['email', 'language']).orderBy('email').execute()).toEqual([
      { email: 'admin1@example.com', language: null },
      { email: 'ana@example.com', language: null },
    ]);
  });

  it('needs a session and the CSRF token', async () => {
    d = await dashboardApp();
    const anonymous = d.client();
    await anonymous.session();
    const loggedOut = await anonymous.request({ method: 'POST', url: '/dashboard/api/preferences', payload: { language: 'es' } });
    expect(loggedOut.statusCode).toBe(401);
    expect(loggedOut.json()).toMatchObject({ error: 'unauthenticated' });

    const admin = await d.as('admin');
    const noToken = await setLanguage(admin, { language: 'es' }, false);
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({ error: 'csrf' });
    const forged = await admin.request({ method: 'POST', url: '/dashboard/api/preferences', payload: { language: 'es' }, headers: { 'x-csrf-token': 'forged' }, csrf: false });
    expect(forged.statusCode).toBe(403);
    expect(await d.k.selectFrom('users').select('language').execute()).toEqual([{ language: null }]);
  });

  it('refuses a language the dashboard does not have, and anything else, with a 400', async () => {
    d = await dashboardApp();
    const admin = await d.as('admin');
    for (const payload of [{ language: 'fr' }, { language: 'ES' }, { language: 'es-MX' }, { language: '' }, { language: 7 }, {}, { language: 'es', theme: 'dark' }, ['es']]) {
      const res = await setLanguage(admin, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json(), JSON.stringify(payload)).toMatchObject({ error: expect.stringMatching(/^invalid_/) });
    }
    expect(await d.k.selectFrom('users').select('language').execute()).toEqual([{ language: null }]);
  });
});
