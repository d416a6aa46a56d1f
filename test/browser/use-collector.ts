/**
 * The real collector for one browser test file: `createCollector` on
 * 127.0.0.1, port 0, over a temporary SQLite file (WAL) with the default
 * configuration (site "demo" for loopback origins). It can be stopped and
 * started again on the same port, and the tests read what arrived straight
 * from the SQLite file.
 *
 * @example
 *   const collector = useCollector();
 *   const demo = useDemo({ collector: () => collector.url });
 *   it('…', async () => { await collector.stop(); …; await collector.start(); expect(collector.rows()).toHaveLength(5); });
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { createCollector } from '../../server/app.ts';
import { defaultConfig } from '../../server/config/config.ts';
import { openDatabase, type CollectorDb } from '../../server/db/index.ts';
import type { EventsTable } from '../../server/db/schema.ts';
import { tempDir } from './use-demo.ts';

export interface BrowserTestCollector {
  /** "http://127.0.0.1:PORT": the same across stop() and start(). */
  readonly url: string;
  readonly file: string;
  /** Close the server and the database (connections are refused until start()). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Every stored event, oldest first, read from the SQLite file. */
  rows(): EventsTable[];
  /** Forget every stored event (between tests). */
  clear(): void;
}

export function useCollector(): BrowserTestCollector {
  let dir: string | undefined;
  let file = '';
  let port = 0;
  let app: FastifyInstance | undefined;
  let db: CollectorDb | undefined;

  const start = async (): Promise<void> => {
    db = await openDatabase(file);
    app = createCollector({ db, config: defaultConfig() });
    await app.listen({ port, host: '127.0.0.1' });
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : port;
  };
  const stop = async (): Promise<void> => {
    await app?.close();
    await db?.close();
    app = db = undefined;
  };
  const read = <T>(fn: (sqlite: Database.Database) => T): T => {
    const sqlite = new Database(file, { fileMustExist: true });
    try {
      return fn(sqlite);
    } finally {
      sqlite.close();
    }
  };

  beforeAll(async () => {
    dir = tempDir('collector-');
    file = join(dir, 'ayuda.db');
    await start();
  }, 60_000);
  afterAll(async () => {
    await stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  return {
    get url() {
      if (!port) throw new Error('the collector is not started yet');
      return `http://127.0.0.1:${port}`;
    },
    get file() {
      return file;
    },
    stop,
    start,
    rows: () => read((s) => s.prepare('SELECT * FROM events ORDER BY id').all() as EventsTable[]),
    clear: () => void read((s) => s.prepare('DELETE FROM events').run()),
  };
}
