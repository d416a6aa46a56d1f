/**
 * globalSetup of vitest's `postgres` project (vitest.config.ts): one
 * PostgreSQL server for the run (./pg-server.ts), with a migrated template
 * database; each test's database is a copy of it (./test-store.ts).
 */
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/db/index.ts';
import { startPgServer } from './pg-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test server's URL of the migrated template database. */
    pgTemplateUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPgServer();
  const url = await server.createDatabase();
  await (await openDatabase(url)).close();
  project.provide('pgTemplateUrl', url);
  return () => server.destroy();
}
