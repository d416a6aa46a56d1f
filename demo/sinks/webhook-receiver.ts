/**
 * A real HTTP receiver of Ayuda's webhooks on loopback (the demo's, and the
 * tests'), written as a site owner would write one: it reads the raw body, verifies `Ayuda-Signature`
 * (HMAC-SHA256 over "<t>.<body>", 5-minute tolerance), refuses a signature
 * it has already accepted (a replay, 409), and can be told to fail its first
 * requests (500) to exercise retries.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { SIGNATURE_HEADER, verifySignature } from '../../server/handoff/sign-webhook.ts';
import type { WebhookPayload } from '../../widget/src/handoff/transcript/format-webhook.ts';

export interface ReceivedHook {
  status: number;
  verdict: 'accepted' | 'failed-on-purpose' | 'bad-signature' | 'replay';
  headers: IncomingHttpHeaders;
  body: string;
  payload?: WebhookPayload;
}

export interface WebhookReceiver {
  url: string;
  /** Every request, in order, with what the receiver answered. */
  requests: ReceivedHook[];
  accepted(): WebhookPayload[];
  waitForAccepted(count: number, timeoutMs?: number): Promise<WebhookPayload[]>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(secret: string, options: { failFirst?: number; port?: number; onRequest?: (hook: ReceivedHook) => void } = {}): Promise<WebhookReceiver> {
  const requests: ReceivedHook[] = [];
  const seen = new Set<string>();
  let failures = options.failFirst ?? 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const check = verifySignature(secret, body, req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined, Date.now());
      let status: number;
      let verdict: ReceivedHook['verdict'];
      if (!check.ok) [status, verdict] = [400, 'bad-signature'];
      else if (seen.has(check.v1)) [status, verdict] = [409, 'replay'];
      else if (failures > 0) {
        failures--;
        [status, verdict] = [500, 'failed-on-purpose'];
      } else {
        seen.add(check.v1);
        [status, verdict] = [200, 'accepted'];
      }
      const hook: ReceivedHook = { status, verdict, headers: req.headers, body, ...(verdict === 'accepted' ? { payload: JSON.parse(body) as WebhookPayload } : {}) };
      requests.push(hook);
      options.onRequest?.(hook);
      res.writeHead(status, { 'content-type': 'text/plain' }).end(verdict);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const accepted = () => requests.filter((r) => r.verdict === 'accepted').map((r) => r.payload!);
  return {
    url: `http://127.0.0.1:${port}/hooks/ayuda`,
    requests,
    accepted,
    async waitForAccepted(count, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      while (accepted().length < count) {
        if (Date.now() > end) throw new Error(`webhook receiver: ${accepted().length} of ${count} accepted; ${requests.map((r) => r.verdict).join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return accepted();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
