/**
 * WAL checkpoints off the collector's thread. SQLite's automatic checkpoint
 * runs inside the COMMIT that crosses its threshold: better-sqlite3 is
 * synchronous, so that request (and every other one) waited while ~4 MB
 * were copied into the database file and synced, the collector's slowest
 * moments (`npm run bench:collector`'s max latency). Here a worker thread
 * with its own connection to the same file looks at the WAL every
 * CHECK_MS and runs a PASSIVE checkpoint (it never blocks the writer) once
 * the WAL holds more than LIMIT_BYTES or has waited EVERY_MS; the
 * collector's connection has automatic checkpoints off. On close, the
 * worker checkpoints what is left and ends before the collector's own
 * connection closes (the last one out removes the WAL).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const CHECK_MS = 100;
const LIMIT_BYTES = 4 * 1024 * 1024;
const EVERY_MS = 2000;

/** Plain CommonJS, evaluated in the worker: no TypeScript loader there. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
let last = Date.now();
const walBytes = () => { try { return statSync(workerData.path + '-wal').size; } catch { return 0; } };
const checkpoint = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (err) { parentPort.postMessage({ error: String(err && err.message || err) }); }
  last = Date.now();
};
const timer = setInterval(() => {
  const size = walBytes();
  if (size > workerData.limit || (size > 0 && Date.now() - last >= workerData.every)) checkpoint();
}, workerData.check);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Checkpoint what is left, close the worker's connection, end the worker. */
  close(): Promise<void>;
}

/** Start checkpointing `path` (a SQLite file in WAL mode) from a worker thread; `warn` hears its failures. */
export function startCheckpointer(path: string, warn: (message: string) => void = () => {}): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { path, driver, check: CHECK_MS, limit: LIMIT_BYTES, every: EVERY_MS } });
  worker.unref();
  worker.on('message', (m: { error?: string }) => m.error && warn(`WAL checkpoint failed: ${m.error}`));
  worker.on('error', (err: Error) => warn(`WAL checkpointer stopped: ${err.message}`));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let closing: Promise<void> | undefined;
  return {
    close() {
      closing ??= (worker.postMessage('close'), exited);
      return closing;
    },
  };
}
