/**
 * The customer's requests after Send: each one's status and replies, asked
 * of the collector with the request's secret (POST /v1/threads; no cookies,
 * nothing to log into), and their answers (POST /v1/threads/reply). What
 * the collector says is kept with the request, so "Your requests" tells the
 * truth on every page: a request delivered from any page load is received.
 */
import type { PanelContext } from '../../core/contract.ts';
import { storage as defaultStorage, type HandoffStorage } from '../journal.ts';
import type { RequestThread, SentHandoff } from '../types.ts';

/** While "Your requests" is open, it asks again this often. */
export const POLL_MS = 4000;
/**
 * Flags the panel reads without loading this chunk (localStorage, per site):
 * `requests` once this browser has made a request ("Your requests"),
 * `draft` with the time of a message being written ("Continue your message").
 */
export function flag(name: 'requests' | 'draft', site: string, value?: string): void {
  try {
    if (value) localStorage.setItem(`ayuda-${name}:${site}`, value);
    else localStorage.removeItem(`ayuda-${name}:${site}`);
  } catch {
    // no storage: the panel offers these with the hand-off form only
  }
}

type Ctx = Pick<PanelContext, 'options' | 'outbox'>;

/**
 * The request's thread; `null` when the collector does not know it (or not
 * with this secret), undefined without an answer (offline, refused).
 */
export async function askThread(ctx: Ctx, s: SentHandoff, answer?: { clientId: string; text: string }): Promise<RequestThread | null | undefined> {
  const { collector, site } = ctx.options;
  // A secret is made only for requests the collector carries.
  if (!s.secret) return;
  try {
    const res = await fetch(`${collector!.replace(/\/+$/, '')}/v1/threads${answer ? '/reply' : ''}`, {
      method: 'POST',
      credentials: 'omit',
      // A string body is text/plain: a CORS simple request, no preflight.
      body: JSON.stringify({ site, id: s.id, secret: s.secret, ...answer }),
    });
    if (res.status === 404) return null;
    return res.ok ? ((await res.json()) as { thread: RequestThread }).thread : undefined;
  } catch {
    return undefined;
  }
}

/** The request with what the collector said: known to it, so received. */
export const withThread = (s: SentHandoff, thread: RequestThread): SentHandoff => ({ ...s, status: 'sent', thread });

/**
 * Ask the collector about every request with a secret and keep the answers.
 * A request of before the conversation (no secret) waiting in the outbox is
 * received once the outbox holds nothing any more.
 */
export async function refreshRequests(ctx: Ctx, storage: HandoffStorage = defaultStorage): Promise<SentHandoff[]> {
  const list = (await storage.read('sent')) ?? [];
  const emptied = list.some((s) => s.status === 'saved' && !s.secret) && (await ctx.outbox?.().then((o) => o?.pending(), () => 1)) === 0;
  const threads = await Promise.all(list.map((s) => askThread(ctx, s)));
  const next = await storage.change('sent', (now = []) =>
    now.map((s) => {
      const thread = threads[list.findIndex((x) => x.id === s.id)];
      return thread ? withThread(s, thread) : s.status === 'saved' && !s.secret && emptied ? { ...s, status: 'sent' } : s;
    }),
  );
  return next ?? [];
}
