// calendarFeeds/{sha256(secret)} (docs/data-model.md): one document per live calendar feed, server only (the
// rules' catch-all refuses every client). The secret exists only in the URL the person was shown once and in
// their calendar app; the document id is its SHA-256 (functions calendar/feedDoc.ts).
import { z } from 'zod';
import { timestampLikeSchema } from './timestamp';

export const CALENDAR_FEEDS_COLLECTION = 'calendarFeeds';
export const calendarFeedPath = (hash: string) => `${CALENDAR_FEEDS_COLLECTION}/${hash}`;

/** base64url of 32 bytes, without padding: 43 characters. */
export const FEED_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const calendarFeedDocSchema = z.strictObject({
  /** Whose deadlines the feed shows. */
  uid: z.string().min(1),
  /** The person's institute when the feed was made; the feed ends if the person is no longer there. */
  instituteId: z.string().min(1),
  createdAt: timestampLikeSchema,
});
export type CalendarFeedDoc = z.infer<typeof calendarFeedDocSchema>;
