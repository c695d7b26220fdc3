// Deployment settings as Firebase params: set per project in functions/.env.<projectId> (or prompted on
// deploy); the SMTP password is a Secret Manager secret. They are parsed once, at first use, so a
// misconfigured deployment fails loudly with the name of the setting instead of sending nothing.
import { defineSecret, defineString } from 'firebase-functions/params';
import { z } from 'zod';

export const SMTP_HOST = defineString('SMTP_HOST', { description: 'SMTP server host name' });
export const SMTP_PORT = defineString('SMTP_PORT', {
  description: 'SMTP port (587 for STARTTLS, 465 for TLS)',
});
export const SMTP_SECURE = defineString('SMTP_SECURE', {
  default: 'false',
  description: 'true for implicit TLS (port 465)',
});
export const SMTP_USER = defineString('SMTP_USER', {
  default: '',
  description: 'SMTP user name; empty for none',
});
export const SMTP_PASSWORD = defineSecret('SMTP_PASSWORD');
/** Signs the one-click unsubscribe links of optional mails (mail/unsubscribe.ts); at least 16 characters. */
export const UNSUBSCRIBE_SECRET = defineSecret('UNSUBSCRIBE_SECRET');

/** The unsubscribe signing key, checked at first use so a missing secret fails with its name. */
export function unsubscribeKey(): string {
  const key = UNSUBSCRIBE_SECRET.value() ?? '';
  if (key.length < 16) throw new Error('UNSUBSCRIBE_SECRET is missing or shorter than 16 characters');
  return key;
}
export const MAIL_FROM = defineString('MAIL_FROM', {
  description: 'Sender, e.g. "Opleiding <noreply@example.nl>"',
});
export const APP_URL = defineString('APP_URL', {
  description: 'Public URL of the web app, used in e-mailed links',
});

const mailConfigSchema = z.object({
  host: z.string().min(1, 'SMTP_HOST is empty'),
  port: z.coerce.number().int().min(1).max(65535),
  secure: z.enum(['true', 'false']).transform((v) => v === 'true'),
  user: z.string(),
  password: z.string(),
  from: z.string().min(3, 'MAIL_FROM is empty'),
  appUrl: z.url('APP_URL must be a URL'),
});
export type MailConfig = z.infer<typeof mailConfigSchema>;

export function mailConfig(): MailConfig {
  const parsed = mailConfigSchema.safeParse({
    host: SMTP_HOST.value(),
    port: SMTP_PORT.value(),
    secure: SMTP_SECURE.value(),
    user: SMTP_USER.value(),
    password: SMTP_PASSWORD.value() ?? '',
    from: MAIL_FROM.value(),
    appUrl: APP_URL.value(),
  });
  if (!parsed.success) {
    throw new Error(
      `Invalid mail settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/** APP_URL (without a trailing slash) alone, for functions that build links but send no mail themselves (no SMTP secret needed). */
export function appUrl(): string {
  const parsed = z.url('APP_URL must be a URL').safeParse(APP_URL.value());
  if (!parsed.success)
    throw new Error(`Invalid APP_URL: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data.replace(/\/+$/, ''); // without a trailing slash: links append absolute paths
}
