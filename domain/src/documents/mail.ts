// mail/{mailId} (docs/data-model.md): the outbox, in the shape of the official "Trigger Email from Firestore"
// extension (to, message.{subject,text,html,attachments}, delivery.{state,attempts,...}) so that extension could
// replace our sender. Fields beyond the extension's are optional and prefixed by purpose.
import { z } from 'zod';
import { timestampLikeSchema } from './timestamp';

export const MAIL_COLLECTION = 'mail';
/** Typed as a template, so the trigger's pattern (`mailPath('{mailId}')`) keeps its typed params. */
export const mailPath = <M extends string>(mailId: M) => `${MAIL_COLLECTION}/${mailId}` as const;

export const deliveryStates = ['PENDING', 'PROCESSING', 'SUCCESS', 'ERROR', 'RETRY'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

export const attachmentSchema = z.object({
  filename: z.string().min(1),
  content: z.string(), // base64
  encoding: z.literal('base64'),
  contentType: z.string().optional(),
});

export const mailMessageSchema = z.object({
  subject: z.string().min(1).max(300),
  text: z.string(),
  html: z.string().optional(),
  attachments: z.array(attachmentSchema).optional(),
  /** Set at send time (functions mail/trust.ts): the institute's secretariat, as nodemailer's replyTo. */
  replyTo: z.strictObject({ name: z.string(), address: z.string().min(3) }).optional(),
  /** Set at send time: List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on an optional mail only. */
  headers: z.record(z.string(), z.string()).optional(),
});

export const deliverySchema = z.object({
  state: z.enum(deliveryStates),
  attempts: z.number().int().min(0),
  startTime: timestampLikeSchema.optional(),
  endTime: timestampLikeSchema.nullable().optional(),
  leaseExpireTime: timestampLikeSchema.nullable().optional(),
  nextAttemptTime: timestampLikeSchema.nullable().optional(),
  error: z.string().nullable().optional(),
  info: z
    .object({
      messageId: z.string().nullable(),
      accepted: z.array(z.string()),
      rejected: z.array(z.string()),
    })
    .nullable()
    .optional(),
  skippedReason: z.string().nullable().optional(),
});

export const mailDocSchema = z.object({
  to: z.union([z.string().min(3), z.array(z.string().min(3)).min(1)]),
  message: mailMessageSchema,
  delivery: deliverySchema.optional(),
  /** What the mail is about, for the audit trail and for re-checking a digest at send time. */
  purpose: z.string().optional(),
  instituteId: z.string().optional(),
  recipientUid: z.string().optional(),
  digestDate: z.string().optional(),
  /** link.signin only: the app path the sign-in link returns to; the link itself is made at send time. */
  continuePath: z.string().max(500).optional(),
});
export type MailDoc = z.infer<typeof mailDocSchema>;
export type MailMessage = z.infer<typeof mailMessageSchema>;
export type Delivery = z.infer<typeof deliverySchema>;
