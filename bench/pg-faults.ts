/**
 * `npm run bench:pg-faults [-- --batches 3000 --clients 16]`: two `ayuda
 * serve` on one PostgreSQL (a throwaway server from Debian's binaries,
 * test/pg/pg-server.ts), clients sending batches of 20 events as the
 * widget's outbox does; under load, kill -9 of one collector and a restart
 * of the database server. Prints events acknowledged, stored, lost and
 * duplicated (target: 0 lost, 0 duplicated), the resends, and the time.
 */
import { parseArgs } from 'node:util';
import { runFaults } from '../test/pg/fault-run.ts';
import { startPgServer } from '../test/pg/pg-server.ts';

const { values: args } = parseArgs({ options: { batches: { type: 'string', default: '3000' }, clients: { type: 'string', default: '16' } } });
const server = await startPgServer();
try {
  console.log(`fault run: ${args.batches} batches of 20 events, ${args.clients} clients, 2 collectors on PostgreSQL`);
  const r = await runFaults({ server, batches: Number(args.batches), clients: Number(args.clients), log: (line) => console.log(line) });
  console.log(`  events sent          ${r.events}`);
  console.log(`  acknowledged         ${r.acknowledged}`);
  console.log(`  stored               ${r.stored}`);
  console.log(`  lost                 ${r.lost}   (acknowledged, not stored)`);
  console.log(`  duplicated           ${r.duplicated}   (stored twice)`);
  console.log(`  resends              ${r.resends}   (failed sends made again; ${r.duplicateReplies} replies counted duplicates)`);
  console.log(`  time                 ${r.seconds.toFixed(1)} s, ${Math.round(r.events / r.seconds)} events/s through the faults`);
  process.exitCode = r.lost === 0 && r.duplicated === 0 && r.acknowledged === r.events ? 0 : 1;
} finally {
  await server.destroy();
}
