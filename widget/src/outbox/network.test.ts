import { afterEach, describe, expect, it, vi } from 'vitest';
import { post } from './network.ts';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(response: Response | Error) {
  const fetch = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('post', () => {
  it('posts JSON text as text/plain, keepalive, without credentials, and reads the reply to its end', async () => {
    const res = new Response('{"accepted":2,"duplicates":0}', { status: 200 });
    const fetch = stubFetch(res);
    expect(await post('https://c.example/v1/events', '{"a":1}')).toEqual({ status: 200, retryAfter: null, path: undefined });
    expect(fetch).toHaveBeenCalledWith('https://c.example/v1/events', expect.objectContaining({
      method: 'POST',
      body: '{"a":1}',
      headers: { 'Content-Type': 'text/plain' },
      keepalive: true,
      credentials: 'omit',
    }));
    expect(res.bodyUsed).toBe(true); // the keepalive budget is freed
  });

  it("gives Retry-After, and a 4xx's JSON path and error code", async () => {
    stubFetch(new Response('{}', { status: 429, headers: { 'Retry-After': '30' } }));
    expect(await post('u', 'b')).toMatchObject({ status: 429, retryAfter: '30' });
    stubFetch(new Response('{"error":"invalid_body","path":"events[3].query","message":"x"}', { status: 400 }));
    expect(await post('u', 'b')).toMatchObject({ status: 400, path: 'events[3].query', error: 'invalid_body' });
    stubFetch(new Response('{"error":"origin_not_allowed","path":"site","message":"x"}', { status: 403 }));
    expect(await post('u', 'b')).toMatchObject({ status: 403, path: 'site', error: 'origin_not_allowed' });
    stubFetch(new Response('null', { status: 404 }));
    expect(await post('u', 'b')).toEqual({ status: 404, retryAfter: null });
    stubFetch(new Response('<html>bad gateway</html>', { status: 400 }));
    expect(await post('u', 'b')).toEqual({ status: 400, retryAfter: null });
  });

  it('answers status 0 when no reply came, never throws', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    expect(await post('u', 'b')).toEqual({ status: 0 });
  });
});
