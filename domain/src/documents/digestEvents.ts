// digestEvents/{eventId} (docs/data-model.md, "Event mails"): something a person should hear about that is not
// urgent (the comparison of a ComBel is ready, a new traject), written by the server only and carried by the
// person's next daily digest, so events never break the one-digest-a-day budget. The id is deterministic
// (policies/eventMails.ts): a retried trigger writes the same event once, and the digest that carries it
// marks it `digestedOn` in its own transaction, so it is mailed once.
import { z } from 'zod';
import { isoDateSchema } from '../forms/schema';
import { timestampLikeSchema } from './timestamp';

export const DIGEST_EVENTS_COLLECTION = 'digestEvents';
export const digestEventPath = (eventId: string) => `${DIGEST_EVENTS_COLLECTION}/${eventId}`;

export const DIGEST_EVENT_KINDS = ['comparison_ready', 'traject_new', 'kpb_achter'] as const;
export type DigestEventKind = (typeof DIGEST_EVENT_KINDS)[number];

/** What the digest shows of an event: a title, why the person gets it, a link, and optional lines (first forms). */
export const digestEventItemSchema = z.strictObject({
  eventId: z.string().min(1),
  kind: z.enum(DIGEST_EVENT_KINDS),
  title: z.string().min(1).max(300),
  why: z.string().min(1).max(500),
  /** An app route: `/formulieren/{formId}` or `/` (domain routes.ts); the mail prefixes APP_URL. */
  path: z.string().min(1).max(500),
  lines: z.array(z.string().max(300)).max(10),
});
export type DigestEventItem = z.infer<typeof digestEventItemSchema>;

export const digestEventSchema = digestEventItemSchema.extend({
  uid: z.string().min(1),
  instituteId: z.string().min(1),
  createdAt: timestampLikeSchema,
  /** The Amsterdam day of the digest that carried it; null while it waits for the next digest. */
  digestedOn: isoDateSchema.nullable(),
  /** Set with digestedOn when no digest carried it: the person had switched these messages off (preferences). */
  optedOut: z.literal(true).optional(),
});
export type DigestEventDoc = z.infer<typeof digestEventSchema>;

/** An event as a digest lists it: with the full link (APP_URL + path), so the sender re-renders without config. */
export const digestEventEntrySchema = digestEventItemSchema.extend({ link: z.url() });
export type DigestEventEntry = z.infer<typeof digestEventEntrySchema>;
