// calendarFeeds/{sha256(secret)} (docs/data-model.md; contract: domain documents/calendarFeeds.ts): one document
// per live calendar feed, server only (the rules' catch-all refuses every client). The secret (32 random bytes, base64url, made like a link token by
// links/token.ts) exists only in the URL the person was shown once and in their calendar app; Firestore
// holds its SHA-256, so a leaked database or log yields no feed. Logs and audit carry at most the hash prefix.
import { calendarFeedDocSchema, FEED_SECRET_PATTERN, type CalendarFeedDoc } from '@praktijkvolg/domain';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { parseSnapshot } from '../documents.js';
import { hashToken } from '../links/token.js';

/** The document id of a secret, or null for anything that cannot be one (no lookup is spent on it). */
export function feedHash(secret: string): string | null {
  return FEED_SECRET_PATTERN.test(secret) ? hashToken(secret) : null;
}

export function parseCalendarFeed(snap: DocumentSnapshot): CalendarFeedDoc | null {
  return parseSnapshot(calendarFeedDocSchema, snap, `calendar feed ${snap.id.slice(0, 8)}…`);
}
