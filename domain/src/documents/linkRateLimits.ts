// linkRateLimits/{kind}_{subject}_{window} (docs/data-model.md): counters against mail bombing, written by the
// server only, inside the transaction of the request they count (functions links/rateLimit.ts).
import { z } from 'zod';
import { timestampLikeSchema } from './timestamp';

export const LINK_RATE_LIMITS_COLLECTION = 'linkRateLimits';
export const linkRateLimitPath = (counterId: string) => `${LINK_RATE_LIMITS_COLLECTION}/${counterId}`;

export const RATE_LIMIT_KINDS = ['signin', 'newlink', 'invite', 'ask', 'remind'] as const;
export type RateLimitKind = (typeof RATE_LIMIT_KINDS)[number];

/** Loose: a counter written before `kind` and `expiresAt` existed still counts. */
export const linkRateLimitSchema = z.looseObject({
  count: z.number().int().min(0),
  kind: z.enum(RATE_LIMIT_KINDS).optional(),
  /** Two windows after the window began; the retention job deletes the counter then. */
  expiresAt: timestampLikeSchema.optional(),
});
export type LinkRateLimitDoc = z.infer<typeof linkRateLimitSchema>;
