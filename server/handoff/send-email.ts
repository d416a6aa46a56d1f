/**
 * The collector's only SMTP access: a nodemailer transport over the `smtp`
 * settings, one per collector, pooled connections closed with it.
 */
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { SmtpSettings } from './settings.ts';

export type SendMail = (message: SendMailOptions) => Promise<{ messageId?: string }>;

export interface Mailer {
  send: SendMail;
  close(): void;
}

/**
 * @example
 *   const mailer = createMailer({ host: '127.0.0.1', port: 2525 });
 *   await mailer.send({ from, to, subject, text });
 */
export function createMailer(smtp: SmtpSettings): Mailer {
  const transport: Transporter = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure ?? smtp.port === 465,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    send: (message) => transport.sendMail(message),
    close: () => transport.close(),
  };
}
