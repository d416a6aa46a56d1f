/**
 * The outbox's only network access: POST JSON text to the collector as
 * `text/plain` (a CORS "simple" request: no preflight), without cookies, with
 * `keepalive` so that a request made while the page unloads still completes.
 * Never throws: no reply (offline, refused, timeout) is status 0.
 */
import type { Reply } from './create-outbox.ts';

export const TIMEOUT_MS = 20_000;

export async function post(url: string, body: string): Promise<Reply> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'text/plain' },
      keepalive: true,
      credentials: 'omit',
      signal: AbortSignal.timeout?.(TIMEOUT_MS),
    });
    const reply: Reply = { status: res.status, retryAfter: res.headers.get('Retry-After') };
    if (res.status === 400) reply.path = ((await res.json().catch(() => ({}))) as { path?: string }).path;
    return reply;
  } catch {
    return { status: 0 };
  }
}
