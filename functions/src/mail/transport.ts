import nodemailer from 'nodemailer';
import type { MailConfig } from '../config.js';
import type { MailMessage } from './schema.js';

export interface SentInfo {
  messageId: string | null;
  accepted: string[];
  rejected: string[];
}

/** What the outbox needs from an SMTP client; tests substitute failing ones. */
export interface Mailer {
  send(to: string | string[], message: MailMessage): Promise<SentInfo>;
}

export function smtpMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.password } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
  });
  return {
    async send(to, message) {
      const info = await transport.sendMail({
        from: config.from,
        to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments?.map((a) => ({
          filename: a.filename,
          content: a.content,
          encoding: a.encoding,
          contentType: a.contentType,
        })),
      });
      const asStrings = (list: unknown[] | undefined) => (list ?? []).map((a) => (typeof a === 'string' ? a : String((a as { address?: string }).address)));
      return { messageId: info.messageId ?? null, accepted: asStrings(info.accepted), rejected: asStrings(info.rejected) };
    },
  };
}
