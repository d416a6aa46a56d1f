import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStorage } from '../storage.ts';
import type { RequestThread, SentHandoff } from '../types.ts';
import { askThread, refreshRequests } from './requests.ts';

const sent = (id: string, extra: Partial<SentHandoff> = {}): SentHandoff => ({ id, reference: 'AY-222-333', at: 1, channel: 'inbox', question: 'q', status: 'saved', ...extra });
const thread = (id: string): RequestThread => ({ id, reference: 'AY-222-333', status: 'waiting', messages: [{ id: 1, from: 'agent', text: 'Hola', at: 2 }] });
const ctx = (pending = 1) => ({ options: { index: '/faq.json', collector: 'https://c.example/', site: 'demo' }, outbox: async () => ({ pending: async () => pending }) as never });

afterEach(() => vi.unstubAllGlobals());

describe('the requests after Send', () => {
  it('asks the collector with the secret, without cookies, and tells a 404 from no answer', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ thread: thread('a') }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await askThread(ctx(), sent('a', { secret: 's'.repeat(43) }))).toEqual(thread('a'));
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://c.example/v1/threads');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit' });
    expect(JSON.parse(init.body as string)).toEqual({ site: 'demo', id: 'a', secret: 's'.repeat(43) });
    fetch.mockResolvedValueOnce(new Response('{}', { status: 404 }));
    expect(await askThread(ctx(), sent('a', { secret: 's'.repeat(43) }))).toBeNull();
    fetch.mockRejectedValueOnce(new TypeError('offline'));
    expect(await askThread(ctx(), sent('a', { secret: 's'.repeat(43) }))).toBeUndefined();
    expect(await askThread(ctx(), sent('b'))).toBeUndefined(); // no secret: not asked
  });

  it('a request delivered from another page load reads as received: the collector knows it', async () => {
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
      const { id } = JSON.parse(init.body as string) as { id: string };
      return id === 'known' ? new Response(JSON.stringify({ thread: thread('known') })) : new Response('{}', { status: 404 });
    }));
    const storage = createStorage(createStore('ayuda-requests-test-1', 'kv'));
    await storage.change('sent', () => [sent('known', { secret: 'k'.repeat(43) }), sent('unknown', { secret: 'u'.repeat(43) })]);
    const list = await refreshRequests(ctx(), storage);
    expect(list.map((s) => [s.id, s.status, s.thread?.status])).toEqual([['known', 'sent', 'waiting'], ['unknown', 'saved', undefined]]);
    expect(await storage.read('sent')).toEqual(list);
  });

  it('a request of before the conversation (no secret) is received once the outbox holds nothing', async () => {
    vi.stubGlobal('fetch', vi.fn());
    const storage = createStorage(createStore('ayuda-requests-test-2', 'kv'));
    await storage.change('sent', () => [sent('old')]);
    expect((await refreshRequests(ctx(1), storage))[0]!.status).toBe('saved');
    expect((await refreshRequests(ctx(0), storage))[0]!.status).toBe('sent');
  });
});
