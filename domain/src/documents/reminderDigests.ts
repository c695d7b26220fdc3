// reminderDigests/{uid}_{yyyy-MM-dd} (docs/data-model.md): one digest per person per day, written by the server
// only. The id is the idempotency key; the document keeps what the mail listed, so the sender can re-render it
// at send time without what was completed meanwhile (functions reminders/).
import { z } from 'zod';
import { isoDateSchema } from '../forms/schema';
import { timestampLikeSchema } from './timestamp';
import { digestEventEntrySchema } from './digestEvents';

export const REMINDER_DIGESTS_COLLECTION = 'reminderDigests';
export const digestId = (uid: string, date: string) => `${uid}_${date}`;
export const digestPath = (uid: string, date: string) =>
  `${REMINDER_DIGESTS_COLLECTION}/${digestId(uid, date)}`;
/** The digest's outbox mail (mail/{id}) has a deterministic id too: writing it twice is impossible. */
export const digestMailId = (uid: string, date: string) => `digest_${uid}_${date}`;

export const digestItemSchema = z.strictObject({
  formId: z.string().min(1),
  partId: z.string().min(1),
  formType: z.string().min(1),
  title: z.string().min(1),
  traineeName: z.string().nullable(),
  /** Due day in Amsterdam. */
  dueDate: isoDateSchema,
  /** Days after the due day on the digest's date; negative = days left. */
  daysOverdue: z.number().int(),
  link: z.url(),
  /** Escalations: who should have filled the part (names), empty when nobody is assigned. */
  raterNames: z.array(z.string()).optional(),
  /** A notice, not a reminder (the PDG request: the end of the programme approaches without one). */
  notice: z.literal(true).optional(),
});
export type DigestItem = z.infer<typeof digestItemSchema>;

export const digestDocSchema = z.strictObject({
  uid: z.string().min(1),
  date: isoDateSchema,
  instituteId: z.string().min(1),
  displayName: z.string().min(1),
  email: z.string().min(3),
  mailId: z.string().min(1),
  createdAt: timestampLikeSchema,
  items: z.array(digestItemSchema),
  escalations: z.array(digestItemSchema),
  /** Events the digest carried (digestEvents/{id}: a ComBel comparison ready, a new traject); absent before they existed. */
  events: z.array(digestEventEntrySchema).optional(),
  /**
   * While the digest waits for the person's chosen hour (preferences/{uid}.digestHour): when its mail is due. The
   * reminder job queues the mail at that hour and removes the field (a range query on it: the cost follows the
   * waiting digests). Absent once the mail is queued.
   */
  sendAt: timestampLikeSchema.optional(),
});
export type DigestDoc = z.infer<typeof digestDocSchema>;
