// The stored and requested shapes of a reopening (./reopenPart.ts has the policy and its messages): the reason
// in a request and `reopened` on a part. Apart from the policy so a bundle that shows a reopened part without
// parsing documents (the web app's form route, docs/architecture.md) leaves zod out.
import { z } from 'zod';
import { REOPEN_MESSAGES, REOPEN_REASON_MAX } from './reopenPart';
import { textField } from './textFields';

/** The reason in a request: required, at most REOPEN_REASON_MAX characters, no hidden characters. */
export const reopenReasonField = z
  .string({ error: REOPEN_MESSAGES.reasonRequired })
  .pipe(textField(REOPEN_REASON_MAX, { what: 'De reden' }))
  .refine((r) => r.length > 0, { error: REOPEN_MESSAGES.reasonRequired });

/** `reopened` on a part (server only): who reopened it, when and why; the latest reopening only. */
export function reopenedSchema<T extends z.ZodType>(instant: T) {
  return z.object({
    by: z.string().min(1),
    byName: z.string().min(1).max(200),
    at: instant,
    reason: z.string().min(1).max(REOPEN_REASON_MAX),
    /** The version that was reopened; it is kept as `versions/{fromVersion}`. */
    fromVersion: z.number().int().min(1),
  });
}
