/**
 * kill -9 of one of two collectors and a database restart, under load
 * (./fault-run.ts, smaller than `npm run bench:pg-faults`): every event
 * acknowledged is stored, none twice, and every batch is stored in the end
 * through the clients' resends. Runs in vitest's `postgres` project only.
 */
import { afterAll, expect, it } from 'vitest';
import { runFaults } from './fault-run.ts';
import { startPgServer, type PgServer } from './pg-server.ts';

let server: PgServer | undefined;
afterAll(async () => server?.destroy());

it('loses and duplicates no acknowledged event through kill -9 of a collector and a database restart', async () => {
  server = await startPgServer();
  const report = await runFaults({ server, batches: 120, batchSize: 20, clients: 6 });
  expect(report).toMatchObject({ events: 2400, acknowledged: 2400, stored: 2400, lost: 0, duplicated: 0 });
  // The faults happened under load: some sends failed and were made again.
  expect(report.resends).toBeGreaterThan(0);
});
