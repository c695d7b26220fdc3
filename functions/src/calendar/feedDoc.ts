// calendarFeeds/{sha256(secret)} (docs/data-model.md): one document per live calendar feed, server only (the
// rules' catch-all refuses every client). The secret (32 random bytes, base64url, made like a link token by
// links/token.ts) exists only in the URL the person was shown once and in their calendar app; Firestore
// holds its SHA-256, so a leaked database or log yields no feed. Logs and audit carry at most the hash prefix.
import { Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import { z } from 'zod';
import { hashToken } from '../links/token.js';

export const CALENDAR_FEEDS_COLLECTION = 'calendarFeeds';
export const calendarFeedPath = (hash: string) => `${CALENDAR_FEEDS_COLLECTION}/${hash}`;

/** base64url of 32 bytes, without padding: 43 characters. */
export const FEED_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The document id of a secret, or null for anything that cannot be one (no lookup is spent on it). */
export function feedHash(secret: string): string | null {
  return FEED_SECRET_PATTERN.test(secret) ? hashToken(secret) : null;
}

export const calendarFeedDocSchema = z.strictObject({
  /** Whose deadlines the feed shows. */
  uid: z.string().min(1),
  /** The person's institute when the feed was made; the feed ends if the person is no longer there. */
  instituteId: z.string().min(1),
  createdAt: z.instanceof(Timestamp, { message: 'expected a Firestore Timestamp' }),
});
export type CalendarFeedDoc = z.infer<typeof calendarFeedDocSchema>;

export function parseCalendarFeed(snap: DocumentSnapshot): CalendarFeedDoc | null {
  if (!snap.exists) return null;
  const parsed = calendarFeedDocSchema.safeParse(snap.data());
  if (!parsed.success)
    throw new Error(`Invalid calendar feed ${snap.id.slice(0, 8)}…: ${parsed.error.message}`);
  return parsed.data;
}
