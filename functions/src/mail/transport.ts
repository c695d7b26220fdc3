import { type MailMessage } from '@praktijkvolg/domain';
import nodemailer from 'nodemailer';
import { mailConfig, type MailConfig } from '../config.js';

export interface SentInfo {
  messageId: string | null;
  accepted: string[];
  rejected: string[];
}

/** What the outbox needs from an SMTP client; tests substitute failing ones. */
export interface Mailer {
  send(to: string | string[], message: MailMessage, options?: SendOptions): Promise<SentInfo>;
}

export interface SendOptions {
  /** Message-ID header, e.g. '<mailId@host>'; the same id for every attempt of one outbox mail. */
  messageId?: string;
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
    async send(to, message, options) {
      const info = await transport.sendMail({
        from: config.from,
        ...(options?.messageId ? { messageId: options.messageId } : {}),
        to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.replyTo && { replyTo: message.replyTo }),
        ...(message.headers && { headers: message.headers }),
        attachments: message.attachments?.map((a) => ({
          filename: a.filename,
          content: a.content,
          encoding: a.encoding,
          contentType: a.contentType,
        })),
      });
      const asStrings = (list: unknown[] | undefined) =>
        (list ?? []).map((a) => (typeof a === 'string' ? a : String((a as { address?: string }).address)));
      return {
        messageId: info.messageId ?? null,
        accepted: asStrings(info.accepted),
        rejected: asStrings(info.rejected),
      };
    },
  };
}

let fromParams: Mailer | undefined;
/** The SMTP mailer of this instance, from the function params (parsed and checked on first use). */
export function mailerFromParams(): Mailer {
  fromParams ??= smtpMailer(mailConfig());
  return fromParams;
}
