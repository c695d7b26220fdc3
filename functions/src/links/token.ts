// Single-use links for raters without an account (docs/data-model.md, `linkTokens/{sha256(token)}`; the document
// contract is domain documents/linkTokens.ts).
// The token itself (32 random bytes, base64url) only ever exists in the e-mail and in the rater's
// browser; Firestore holds its SHA-256, so a database leak or a log line never yields a usable link.
// Logs carry at most `hashPrefix()`.
import { createHash, randomBytes } from 'node:crypto';
import { linkTokenDocSchema, type LinkTokenDoc } from '@praktijkvolg/domain';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { parseSnapshot } from '../documents.js';

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

export function parseLinkToken(snap: DocumentSnapshot): LinkTokenDoc | null {
  // Named by the hash prefix only: a log line never holds a whole document id (see above).
  return parseSnapshot(linkTokenDocSchema, snap, `link token ${hashPrefix(snap.id)}…`);
}

export type TokenState = 'valid' | 'expired' | 'spent' | 'unknown';

/** State of the token itself (the form's own state is checked separately, see `partClosedReason`). */
export function tokenState(doc: LinkTokenDoc | null, now: Date): TokenState {
  if (!doc) return 'unknown';
  if (doc.spentAt) return 'spent';
  if (doc.expiresAt.toMillis() <= now.getTime()) return 'expired';
  return 'valid';
}
