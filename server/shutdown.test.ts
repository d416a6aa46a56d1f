import { describe, expect, it, vi } from 'vitest';
import { createCollector } from './app.ts';
import { defaultConfig } from './config/config.ts';
import { openDatabase, type CollectorDb } from './db/index.ts';
import { createShutdown } from './shutdown.ts';
import { makeBatch } from './testing/batches.ts';

describe('createShutdown', () => {
  it('finishes in-flight requests, refuses new connections, then closes the database', async () => {
    const real = await openDatabase(':memory:');
    let entered!: () => void;
    const inHandler = new Promise<void>((r) => (entered = r));
    const order: string[] = [];
    const db: CollectorDb = {
      ...real,
      file: real.file,
      kysely: real.kysely,
      async insertBatch(batch) {
        entered();
        await new Promise((r) => setTimeout(r, 300));
        order.push('insert done');
        return real.insertBatch(batch);
      },
      async close() {
        order.push('db closed');
        await real.close();
      },
    };
    const app = createCollector({ db, config: defaultConfig() });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const exit = vi.fn();
    const shutdown = createShutdown(app, db, { exit });

    const inFlight = fetch(`${url}/v1/events`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(makeBatch(3)) });
    await inHandler;
    const closing = shutdown('SIGTERM');
    expect(shutdown('SIGINT')).toBe(closing);

    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 3, duplicates: 0 });
    await closing;
    expect(order).toEqual(['insert done', 'db closed']);
    expect(exit).toHaveBeenCalledExactlyOnceWith(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
