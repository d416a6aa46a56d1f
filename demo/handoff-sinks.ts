/**
 * The demo's hand-off destinations, so every channel works end to end on
 * one machine: an SMTP sink on loopback that takes the hand-off emails, and
 * a webhook receiver that verifies their signatures; both print what they
 * receive. `withHandoffs(config)` points the demo site's hand-offs at them.
 *
 * @example
 *   const sinks = await startHandoffSinks();
 *   const app = createCollector({ db, config: sinks.withHandoffs(defaultConfig()) });
 */
import type { CollectorConfig } from '../server/config/config.ts';
import { parseMail } from './sinks/parse-mail.ts';
import { startSmtpSink, type SmtpSink } from './sinks/smtp-sink.ts';
import { startWebhookReceiver, type WebhookReceiver } from './sinks/webhook-receiver.ts';

/** Not a secret: the demo's webhook key, known to its own receiver. */
export const DEMO_WEBHOOK_SECRET = 'whsec_demo_0123456789abcdef';
export const DEMO_SUPPORT_ADDRESS = 'soporte@tienda-lumen.example';

export interface HandoffSinks {
  smtp: SmtpSink;
  webhook: WebhookReceiver;
  /** `config` with the site "demo" delivering hand-offs by email (to the sink) and webhook (to the receiver). */
  withHandoffs(config: CollectorConfig): CollectorConfig;
  close(): Promise<void>;
}

export async function startHandoffSinks(print: (line: string) => void = () => {}): Promise<HandoffSinks> {
  const smtp = await startSmtpSink(0, (mail) => {
    const m = parseMail(mail.raw);
    print(`  [email to ${mail.to.join(', ')}] ${m.headers.subject ?? ''} (Reply-To: ${m.headers['reply-to'] ?? 'none'})`);
  });
  const webhook = await startWebhookReceiver(DEMO_WEBHOOK_SECRET, {
    onRequest: (hook) => print(`  [webhook ${hook.status} ${hook.verdict}] ${hook.payload?.type ?? ''} ${hook.payload?.handoff.reference ?? ''}`),
  });
  return {
    smtp,
    webhook,
    withHandoffs: (config) => ({
      ...config,
      smtp: { host: '127.0.0.1', port: smtp.port, from: 'Ayuda demo <ayuda@tienda-lumen.example>' },
      sites: config.sites.map((s) => (s.key === 'demo' ? { ...s, handoff: { email: { to: DEMO_SUPPORT_ADDRESS }, webhook: { url: webhook.url, secret: DEMO_WEBHOOK_SECRET } } } : s)),
    }),
    close: async () => {
      await Promise.all([smtp.close(), webhook.close()]);
    },
  };
}
