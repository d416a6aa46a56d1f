/**
 * One webhook attempt: POST the hand-off's JSON (widget/src/handoff/
 * transcript/format-webhook.ts) to the site's URL, signed (./sign-webhook.ts),
 * with a delivery id the receiver can log. A 2xx reply is delivered;
 * anything else, or no reply within the timeout, is a failed attempt.
 */
import { buildTranscript } from '../../widget/src/handoff/transcript/build-transcript.ts';
import { formatWebhook } from '../../widget/src/handoff/transcript/format-webhook.ts';
import type { HandoffRecord } from '../../widget/src/handoff/types.ts';
import { SIGNATURE_HEADER, signatureHeader } from './sign-webhook.ts';
import type { LinkedAttachment } from '../attachments/links.ts';

export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface AttemptResult {
  ok: boolean;
  status?: number;
  detail?: string;
  /** A failure that retrying cannot mend (the destination was removed): given up at once. */
  final?: boolean;
}

export async function sendWebhook(
  record: HandoffRecord,
  target: { url: string; secret: string },
  delivery: string,
  now: number,
  fetchFn: typeof fetch = fetch,
  attachments: readonly LinkedAttachment[] = [],
): Promise<AttemptResult> {
  // `attachments`: each file's id, name, sniffed type, size, SHA-256 and signed `url` (with `expires`).
  return postSigned(JSON.stringify({ ...formatWebhook(record, buildTranscript(record)), attachments }), target, delivery, now, fetchFn);
}

/** POST a JSON body signed with the target's secret (the hand-off, an event of its conversation, or `group.spiking`: server/grouping/spike-alerts.ts). */
export async function postSigned(body: string, target: { url: string; secret: string }, delivery: string, now: number, fetchFn: typeof fetch = fetch): Promise<AttemptResult> {
  try {
    const res = await fetchFn(target.url, {
      method: 'POST',
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Ayuda-Webhook/1',
        [SIGNATURE_HEADER]: signatureHeader(target.secret, body, now),
        'Ayuda-Delivery': delivery,
      },
    });
    await res.body?.cancel().catch(() => {});
    return { ok: res.status >= 200 && res.status < 300, status: res.status, ...(res.ok ? {} : { detail: `HTTP ${res.status}` }) };
  } catch (err) {
    return { ok: false, detail: (err as Error).name === 'TimeoutError' ? 'timeout' : String((err as Error).message ?? err).slice(0, 200) };
  }
}
