import { describe, expect, it, vi } from 'vitest';
import { fetchIndex } from './fetch-index.ts';

describe('fetchIndex', () => {
  it('fetches without credentials and parses JSON', async () => {
    const fetchFn = vi.fn(async () => new Response('{"format":"ayuda-faq-index"}'));
    await expect(fetchIndex('/a/faq-index.json', fetchFn)).resolves.toEqual({ format: 'ayuda-faq-index' });
    expect(fetchFn).toHaveBeenCalledWith('/a/faq-index.json', { credentials: 'omit' });
  });
  it('rejects on an HTTP error', async () => {
    await expect(fetchIndex('/x.json', async () => new Response('', { status: 500 }))).rejects.toThrow('GET /x.json: HTTP 500');
  });
});
