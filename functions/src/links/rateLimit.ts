// A counter per key and window (`linkRateLimits/{key}`), so that nobody can use our mail to bomb an
// address: sign-in links per address per hour, new links, invitations and requests to fill per form part per day.
// The counter moves inside the caller's transaction, so concurrent requests cannot both slip through.
import { linkRateLimitPath, linkRateLimitSchema, type RateLimitKind } from '@praktijkvolg/domain';
import { Timestamp, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { formatInTimeZone } from './time.js';

export interface RateLimit {
  /** What is limited, e.g. 'newlink'; part of the document id. */
  kind: RateLimitKind;
  max: number;
  window: 'hour' | 'day';
}

export const SIGN_IN_LINKS_PER_HOUR: RateLimit = { kind: 'signin', max: 5, window: 'hour' };
export const NEW_LINKS_PER_DAY: RateLimit = { kind: 'newlink', max: 3, window: 'day' };
// A part has one open invitation at a time (docs/rules.md, "Who fills an assessment part"); more than a few
// replacements a day is a mistake or an abuse.
export const INVITATIONS_PER_DAY: RateLimit = { kind: 'invite', max: 3, window: 'day' };
/** The trainee asking the raters of a part to fill it (askRaterToFill). */
export const FILL_REQUESTS_PER_DAY: RateLimit = { kind: 'ask', max: 1, window: 'day' };

/** Document id: kind, subject (no '/'), and the Amsterdam hour or day the window started. */
export function rateLimitId(limit: RateLimit, subject: string, now: Date): string {
  const window = formatInTimeZone(now, limit.window === 'hour' ? 'yyyyMMddHH' : 'yyyyMMdd');
  return `${limit.kind}_${subject.replace(/\//g, '~')}_${window}`;
}

/**
 * Reads the counter in the transaction; returns false (and writes nothing) when the limit is reached,
 * else counts this request. Must be called before any write of the transaction.
 */
export async function takeRateLimit(
  db: Firestore,
  tx: Transaction,
  limit: RateLimit,
  subject: string,
  now: Date,
): Promise<{ allowed: boolean; commit: () => void }> {
  const ref = db.doc(linkRateLimitPath(rateLimitId(limit, subject, now)));
  const snap = await tx.get(ref);
  const count = snap.exists ? linkRateLimitSchema.parse(snap.data()).count : 0;
  if (count >= limit.max) return { allowed: false, commit: () => undefined };
  const windowMs = limit.window === 'hour' ? 3_600_000 : 86_400_000;
  return {
    allowed: true,
    commit: () =>
      tx.set(ref, {
        count: count + 1,
        kind: limit.kind,
        // For a TTL policy on the collection: counters are useless after their window.
        expiresAt: Timestamp.fromMillis(now.getTime() + 2 * windowMs),
      }),
  };
}
