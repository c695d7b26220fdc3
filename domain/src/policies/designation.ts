// A part's designation (who was named for it by link, and by whom), as stored: re-exported by ./invitation.ts,
// whose policies decide who may name whom. A module of its own so the policies come without zod where a
// bundle does not parse documents (the web app's form route, docs/architecture.md).
import { z } from 'zod';
import { FEEDBACK_GIVER_ROLE_IDS, type FeedbackGiverRole } from './feedbackGivers';

/** How the person who hands a part out stands to it (`designation.designatedAs` on the part). */
export const DESIGNATORS = ['trainee', 'rater', 'secretariaat'] as const;
export type Designator = (typeof DESIGNATORS)[number];

/**
 * Who was named for a part by link, and by whom; server-written on the part (and, without the address, in
 * the envelope's `designations`). `at` is the instant type of the side that reads it.
 */
export function designationSchema<T extends z.ZodType>(instant: T) {
  return z.object({
    name: z.string().min(1).max(120),
    /** On the part only (its raters read it); the envelope's copy leaves it out. */
    email: z.string().max(254).optional(),
    /** The link rater's uid (`ext_…`): who filled the part, when `updatedBy` is this uid. */
    raterUid: z.string().min(1),
    invitationId: z.string().min(1),
    designatedBy: z.string().min(1),
    designatedByName: z.string().min(1).max(200),
    designatedAs: z.enum(DESIGNATORS),
    /** A feedback giver's part only: the role they were asked as ("Doktersassistent", "Medestudent"; feedbackGivers.ts). */
    giverRole: z.enum(FEEDBACK_GIVER_ROLE_IDS as [FeedbackGiverRole, ...FeedbackGiverRole[]]).optional(),
    at: instant,
  });
}
