// linkTokens/{sha256(token)} (docs/data-model.md): single-use links for raters without an account, written by the
// server only. The token itself exists only in the e-mail and the rater's browser; the document id is its SHA-256
// (functions links/token.ts makes and hashes tokens).
import { z } from 'zod';
import { timestampLikeSchema } from './timestamp';

export const LINK_TOKENS_COLLECTION = 'linkTokens';
export const linkTokenPath = (hash: string) => `${LINK_TOKENS_COLLECTION}/${hash}`;

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
  createdAt: timestampLikeSchema,
  expiresAt: timestampLikeSchema,
  spentAt: timestampLikeSchema.nullable(),
});
export type LinkTokenDoc = z.infer<typeof linkTokenDocSchema>;
