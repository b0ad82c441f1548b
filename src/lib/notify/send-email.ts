/** Sends one email over SMTP with Nodemailer and turns the result into an Outcome. */
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { EmailMessage } from './email.ts';
import type { Outcome } from './retry.ts';
import { smtpOutcome } from './retry.ts';

export interface Mailer {
  send: (to: string, message: EmailMessage) => Promise<Outcome>;
  close: () => void;
}

export function createMailer(smtpUrl: string, from: string, timeoutMs: number): Mailer {
  // The URL gives host, port, TLS and credentials; the timeouts apply where it sets none.
  const transport: Transporter = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(to, message) {
      try {
        await transport.sendMail({
          from,
          to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: message.messageId,
          ...(message.inReplyTo ? { inReplyTo: message.inReplyTo, references: message.references } : {}),
          ...(message.listUnsubscribe ? { list: { unsubscribe: message.listUnsubscribe } } : {}),
        });
        return { ok: true };
      } catch (error) {
        const e = error as { responseCode?: number; response?: string; message?: string };
        return smtpOutcome(e.responseCode, (e.response ?? e.message ?? String(error)).split('\n')[0]!);
      }
    },
    close: () => transport.close(),
  };
}
