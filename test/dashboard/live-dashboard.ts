/**
 * A collector with its dashboard on a free port for browser tests and the
 * benchmark: a fresh database file, the real Vite build of the dashboard
 * (built first if missing or stale), an admin and a viewer; `faq` is the
 * demo site's faq-index.json.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { createCollector } from '../../server/app.ts';
import { createUser } from '../../server/auth/users.ts';
import { parseConfig } from '../../server/config/config.ts';
import { withDashboardTables, type DashboardSchema } from '../../server/db/dashboard-schema.ts';
import { openDatabase, type CollectorDb } from '../../server/db/index.ts';
import { ensureDashboardBuilt } from '../../server/dashboard/build/ensure-dashboard-built.ts';
import { PASSWORD } from './dashboard-app.ts';

export const ADMIN = 'lead@example.com';
export const VIEWER = 'viewer@example.com';
export { PASSWORD };

export interface LiveDashboard {
  url: string;
  app: FastifyInstance;
  db: CollectorDb;
  k: Kysely<DashboardSchema>;
  close(): Promise<void>;
}

export async function startLiveDashboard(options: { file?: string; users?: boolean; groupingIntervalMs?: number; faq?: string } = {}): Promise<LiveDashboard> {
  await ensureDashboardBuilt();
  const db = await openDatabase(options.file ?? join(mkdtempSync(join(tmpdir(), 'ayuda-live-')), 'ayuda.db'));
  const k = withDashboardTables(db.kysely);
  if (options.users !== false) {
    await createUser(k, { email: ADMIN, role: 'admin', password: PASSWORD });
    await createUser(k, { email: VIEWER, role: 'viewer', password: PASSWORD });
  }
  const demo = { key: 'demo', origins: ['http://127.0.0.1:*'], ...(options.faq ? { faq: options.faq } : {}) };
  const config = parseConfig({ sites: [demo, { key: 'shop', origins: ['https://shop.example'] }] });
  const app = createCollector({ db, config, dashboard: { build: false, groupingIntervalMs: options.groupingIntervalMs ?? 500, freshMs: Infinity } });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    db,
    k,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
