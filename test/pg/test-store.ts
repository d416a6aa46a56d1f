/**
 * The store the behaviour suites run on: SQLite in memory, or, in vitest's
 * `postgres` project (vitest.config.ts: the same test files again, with
 * AYUDA_TEST_STORE=postgres), a new database on the run's PostgreSQL server
 * (./global-setup.ts), copied from a migrated template. The test helpers
 * (server/testing/collector.ts, test/dashboard/dashboard-app.ts,
 * test/handoff/collector.ts) open their database here.
 */
import { inject } from 'vitest';
import pg from 'pg';

export type StoreName = 'sqlite' | 'postgres';

export const TEST_STORE: StoreName = process.env.AYUDA_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

let counter = 0;

/** Where a new database for one test is: ':memory:', or a new PostgreSQL database's URL. */
export async function testDatabase(): Promise<string> {
  if (TEST_STORE === 'sqlite') return ':memory:';
  const template = new URL(inject('pgTemplateUrl'));
  const name = `t${process.pid}_${++counter}`;
  const admin = new URL(template);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`create database ${name} template ${template.pathname.slice(1)} strategy file_copy`);
  } finally {
    await client.end();
  }
  template.pathname = `/${name}`;
  return template.toString();
}
