/**
 * 64 KB + 1 byte is refused with 413 before the route handler runs, whether
 * the client announces the size (Content-Length) or streams it (chunked).
 * A real server on 127.0.0.1:0: inject() cannot send a chunked body.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_BATCH_BYTES } from '../../widget/src/events/schema.ts';
import { makeBatch } from '../../server/testing/batches.ts';
import { testCollector, type TestCollector } from '../../server/testing/collector.ts';

let c: TestCollector;
let port: number;
const handlerRan = vi.fn();
let insertSpy: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  c = await testCollector();
  insertSpy = vi.spyOn(c.db, 'insertBatch');
  // preHandler is the last step before the route handler: if it never runs, neither does the handler.
  c.app.addHook('preHandler', async (request) => {
    if (request.url === '/v1/events') handlerRan();
  });
  await c.app.listen({ port: 0, host: '127.0.0.1' });
  port = (c.app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await c.close();
});

/** A body of exactly `size` bytes that starts like a real batch. */
function bodyOf(size: number): Buffer {
  const head = Buffer.from(JSON.stringify(makeBatch(1)).slice(0, -1) + ',"pad":"');
  return Buffer.concat([head, Buffer.alloc(size - head.length - 2, 'x'), Buffer.from('"}')]);
}

function send(body: Buffer, chunked: boolean): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'text/plain' };
    if (!chunked) headers['content-length'] = body.length;
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/v1/events', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
    });
    // The server may answer and close before the whole body is written.
    req.on('error', (err) => (req.destroyed && (err as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(err)));
    if (chunked) {
      for (let at = 0; at < body.length; at += 4096) req.write(body.subarray(at, at + 4096));
      req.end();
    } else {
      req.end(body);
    }
  });
}

describe('body limit', () => {
  it.each([
    ['Content-Length', false],
    ['chunked', true],
  ])('refuses 64 KB + 1 byte sent with %s, before the handler', async (_name, chunked) => {
    handlerRan.mockClear();
    const res = await send(bodyOf(MAX_BATCH_BYTES + 1), chunked);
    expect(res.status).toBe(413);
    expect(res.json).toEqual({ error: 'payload_too_large', path: '$', message: 'body must be at most 65536 bytes' });
    expect(handlerRan).not.toHaveBeenCalled();
    expect(insertSpy).not.toHaveBeenCalled();
    expect(await c.count()).toBe(0);
  });

  it.each([
    ['Content-Length', false],
    ['chunked', true],
  ])('lets exactly 64 KB through to validation with %s', async (_name, chunked) => {
    handlerRan.mockClear();
    const res = await send(bodyOf(MAX_BATCH_BYTES), chunked);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: 'invalid_body', path: 'pad', message: 'is not an allowed field' });
    expect(handlerRan).toHaveBeenCalledOnce();
  });
});
