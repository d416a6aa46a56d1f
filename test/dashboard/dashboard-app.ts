/**
 * A collector with its dashboard on an in-memory database, for route tests
 * through `app.inject()`: users, logins that keep their cookies, and the
 * CSRF token of the current session. The UI is a stub page (no Vite build).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { createCollector } from '../../server/app.ts';
import { parseConfig } from '../../server/config/config.ts';
import { openDatabase, type CollectorDb } from '../../server/db/index.ts';
import { withDashboardTables, type DashboardSchema, type Role } from '../../server/db/dashboard-schema.ts';
import { createUser } from '../../server/auth/users.ts';
import { testDatabase } from '../pg/test-store.ts';

export const PASSWORD = 'correct horse battery';

export function stubDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ayuda-dashboard-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><title>stub</title><div id="app"></div></html>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'export {};');
  return dir;
}

/** A cookie jar and CSRF token for one browser. */
export class Client {
  cookies = new Map<string, string>();
  csrf = '';
  /** `address`: the client's IP (default light-my-request's 127.0.0.1). */
  constructor(
    readonly app: FastifyInstance,
    readonly address?: string,
  ) {}

  async request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (options.csrf !== false && options.method && options.method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    const { csrf: _csrf, ...rest } = options;
    const res = await this.app.inject({ ...rest, headers, ...(this.address ? { remoteAddress: this.address } : {}) });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.request({ method: 'GET', url });
  }

  /** Fetch a CSRF token for the current session (or for none). */
  async session(): Promise<{ user: { email: string; role: Role } | null }> {
    const res = await this.get('/dashboard/api/session');
    const body = res.json() as { user: { email: string; role: Role } | null; csrfToken: string };
    this.csrf = body.csrfToken;
    return body;
  }

  async login(email: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    if (!this.csrf) await this.session();
    const res = await this.request({ method: 'POST', url: '/dashboard/api/login', payload: { email, password } });
    if (res.statusCode === 200) this.csrf = (res.json() as { csrfToken: string }).csrfToken;
    return res;
  }
}

export interface DashboardApp {
  app: FastifyInstance;
  db: CollectorDb;
  k: Kysely<DashboardSchema>;
  /** A new browser, from `address` (an IP) if given. */
  client(address?: string): Client;
  /** A logged-in client for a new user of `role`. */
  as(role: Role, email?: string): Promise<Client>;
  close(): Promise<void>;
}

export async function dashboardApp(config: object = {}, distDir = stubDist()): Promise<DashboardApp> {
  const db = await openDatabase(await testDatabase());
  const parsed = parseConfig({ sites: [{ key: 'demo', origins: ['http://localhost:5173'] }, { key: 'shop', name: 'Shop <EU>', origins: ['https://shop.example'] }], ...config });
  const app = createCollector({ db, config: parsed, dashboard: { distDir, build: false, groupingIntervalMs: 0, freshMs: Infinity } });
  const k = withDashboardTables(db.kysely);
  let n = 0;
  return {
    app,
    db,
    k,
    client: (address) => new Client(app, address),
    async as(role, email = `${role}${++n}@example.com`) {
      await createUser(k, { email, role, password: PASSWORD });
      const c = new Client(app);
      const res = await c.login(email);
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      return c;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
