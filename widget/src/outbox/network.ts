/**
 * The outbox's only network access: POST JSON text to the collector as
 * `text/plain` (a CORS "simple" request: no preflight), without cookies, with
 * `keepalive` so that a request made while the page unloads still completes
 * (each reply is read to its end, which frees the page's 64 KB keepalive budget).
 * Never throws: no reply (offline, refused, timeout) is status 0.
 */
import type { Reply } from './create-outbox.ts';

/** A minute: an attachment of 5 MB takes 40 s at 1 Mbit/s. */
export const TIMEOUT_MS = 60_000;

export async function post(url: string, body: string | Blob): Promise<Reply> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      body,
      // An attachment's bytes too (the collector types them by content): no preflight.
      headers: { 'Content-Type': 'text/plain' },
      // keepalive carries at most 64 KB: not an attachment (up to 5 MB).
      keepalive: typeof body == 'string',
      credentials: 'omit',
      signal: AbortSignal.timeout?.(TIMEOUT_MS),
    });
    // Read to the end: until then the request counts against the page's 64 KB keepalive budget.
    const text = await res.text().catch(() => '');
    let refusal: { error?: unknown; path?: unknown } | null = null;
    try {
      if (res.status > 399 && res.status < 500) refusal = JSON.parse(text) as typeof refusal;
    } catch {
      // not the collector's JSON
    }
    // The reply's own fields only (never a page's Object.prototype.path).
    const str = (key: 'path' | 'error'): string | undefined => {
      const value = refusal != null && Object.hasOwn(refusal, key) ? refusal[key] : undefined;
      return typeof value == 'string' ? value : undefined;
    };
    return { status: res.status, retryAfter: res.headers.get('Retry-After'), path: str('path'), error: str('error') };
  } catch {
    return { status: 0 };
  }
}
