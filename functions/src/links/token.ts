// Single-use links for raters without an account (docs/data-model.md, `linkTokens/{sha256(token)}`).
// The token itself (32 random bytes, base64url) only ever exists in the e-mail and in the rater's
// browser; Firestore holds its SHA-256, so a database leak or a log line never yields a usable link.
// Logs carry at most `hashPrefix()`.
import { createHash, randomBytes } from 'node:crypto';
import { Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import { z } from 'zod';

export const LINK_TOKENS_COLLECTION = 'linkTokens';
/** A link is valid this long unless the form closes first (redeem also checks the form's window). */
export const TOKEN_TTL_DAYS = 14;
export const TOKEN_TTL_MS = TOKEN_TTL_DAYS * 24 * 60 * 60 * 1000;

/** 32 random bytes, base64url without padding: 43 characters (domain/src/api.ts `linkToken`). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The only part of a token that may appear in logs and audit entries. */
export function hashPrefix(hash: string): string {
  return hash.slice(0, 8);
}

export const linkTokenPath = (hash: string) => `${LINK_TOKENS_COLLECTION}/${hash}`;

/**
 * The Auth uid of an external rater: stable per (form part, address), so a fresh link for the same
 * person resumes the same draft, but never shared between parts, so adding it to one part's raterUids
 * can never open another part.
 */
export function externalRaterUid(formId: string, partId: string, email: string): string {
  const digest = createHash('sha256')
    .update(`${formId}/${partId}\n${email.trim().toLowerCase()}`, 'utf8')
    .digest('hex');
  return `ext_${digest.slice(0, 28)}`;
}

/** The custom-claim value that grants exactly one part (data-model: custom claims). */
export const linkPartClaim = (formId: string, partId: string) => `${formId}/${partId}`;

const timestampSchema = z.instanceof(Timestamp, { message: 'expected a Firestore Timestamp' });

export const linkTokenDocSchema = z.strictObject({
  instituteId: z.string().min(1),
  formId: z.string().min(1),
  partId: z.string().min(1),
  raterName: z.string().min(1).max(120),
  /** Null when the token was made without an address (then a new link goes to the secretariat). */
  raterEmail: z.string().min(3).max(254).nullable(),
  /**
   * uid of whoever handed the part out: the trainee (a feedback part), or the assigned rater or the
   * secretariat (a waarnemer for an assessment part); the part's `designation` says which.
   */
  invitedBy: z.string().min(1),
  /** The audit entry of the invitation this token belongs to (the invitationId returned to the inviter). */
  invitationId: z.string().min(1),
  /** Hash prefix of the expired or spent token this one replaces (requestNewLink). */
  renewedFrom: z.string().nullable(),
  /** The synthetic Auth uid the rater signs in as (externalRaterUid). */
  uid: z.string().min(1),
  createdAt: timestampSchema,
  expiresAt: timestampSchema,
  spentAt: timestampSchema.nullable(),
});
export type LinkTokenDoc = z.infer<typeof linkTokenDocSchema>;

export function parseLinkToken(snap: DocumentSnapshot): LinkTokenDoc | null {
  if (!snap.exists) return null;
  const parsed = linkTokenDocSchema.safeParse(snap.data());
  if (!parsed.success) throw new Error(`Invalid link token ${hashPrefix(snap.id)}…: ${parsed.error.message}`);
  return parsed.data;
}

export type TokenState = 'valid' | 'expired' | 'spent' | 'unknown';

/** State of the token itself (the form's own state is checked separately, see `partClosedReason`). */
export function tokenState(doc: LinkTokenDoc | null, now: Date): TokenState {
  if (!doc) return 'unknown';
  if (doc.spentAt) return 'spent';
  if (doc.expiresAt.toMillis() <= now.getTime()) return 'expired';
  return 'valid';
}
