/**
 * Graceful shutdown: stop accepting connections, let in-flight requests
 * finish (Fastify's close waits for them and answers 503 to new ones on
 * kept-alive sockets), then close the database. A stuck shutdown is cut
 * short after `timeoutMs`.
 */
import type { FastifyInstance } from 'fastify';
import type { CollectorDb } from './db/index.ts';

export interface ShutdownOptions {
  timeoutMs?: number;
  /** Called with the exit code once closed (default: process.exit). */
  exit?: (code: number) => void;
}

/**
 * @example
 * const shutdown = createShutdown(app, db);
 * process.once('SIGTERM', () => void shutdown('SIGTERM'));
 */
export function createShutdown(app: FastifyInstance, db: CollectorDb, { timeoutMs = 10_000, exit = (c) => process.exit(c) }: ShutdownOptions = {}) {
  let done: Promise<void> | undefined;
  return (reason: string): Promise<void> => {
    done ??= (async () => {
      app.log.info({ reason }, 'shutting down');
      const timer = setTimeout(() => {
        app.log.error('shutdown timed out');
        exit(1);
      }, timeoutMs);
      timer.unref();
      let code = 0;
      try {
        await app.close();
      } catch (err) {
        app.log.error({ err }, 'error while closing the server');
        code = 1;
      }
      try {
        await db.close();
      } catch (err) {
        app.log.error({ err }, 'error while closing the database');
        code = 1;
      }
      clearTimeout(timer);
      exit(code);
    })();
    return done;
  };
}

/** Run `shutdown` on SIGTERM and SIGINT; returns a function removing the handlers. */
export function closeOnSignals(shutdown: (reason: string) => Promise<void>, signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): () => void {
  const handler = (signal: NodeJS.Signals) => void shutdown(signal);
  for (const s of signals) process.on(s, handler);
  return () => {
    for (const s of signals) process.off(s, handler);
  };
}
