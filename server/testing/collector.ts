/** A collector on an in-memory database (or the PostgreSQL one of test/pg/test-store.ts), for tests. */
import type { FastifyInstance } from 'fastify';
import { createCollector } from '../app.ts';
import { parseConfig, type CollectorConfig } from '../config/config.ts';
import { openDatabase, type CollectorDb } from '../db/index.ts';
import { testDatabase } from '../../test/pg/test-store.ts';

export interface TestCollector {
  app: FastifyInstance;
  db: CollectorDb;
  config: CollectorConfig;
  /** Rows in `events`. */
  count(): Promise<number>;
  close(): Promise<void>;
}

export const TEST_ORIGIN = 'http://localhost:5173';

/** Sites `demo` (http://localhost:5173) and `shop` (https://shop.example) unless `config` says otherwise. */
export async function testCollector(config: unknown = {}, file?: string): Promise<TestCollector> {
  const parsed = parseConfig({
    sites: [
      { key: 'demo', origins: [TEST_ORIGIN] },
      { key: 'shop', origins: ['https://shop.example'] },
    ],
    ...(config as object),
  });
  const db = await openDatabase(file ?? (await testDatabase()));
  const app = createCollector({ db, config: parsed });
  return {
    app,
    db,
    config: parsed,
    async count() {
      const row = await db.kysely.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
