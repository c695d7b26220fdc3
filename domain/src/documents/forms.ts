// forms/{formId} (the server-owned envelope) and forms/{formId}/parts/{partId} (one rater's part),
// docs/data-model.md. The one contract both sides parse with: the functions (firebase-admin) and the web app
// (firebase/firestore). Reads are loose (fields a newer writer adds are kept, not refused); the answers are
// checked against the form's own schema where they are shown (forms/schema.ts).
import { z } from 'zod';
import { FORM_TYPES } from '../forms/types';
import { LEOH_KINDS } from '../forms/leoh';
import { isoDateSchema } from '../forms/schema';
import { FORM_STATUSES, PART_STATUSES } from '../policies/common';
import { designationSchema } from '../policies/invitation';
import { reopenedSchema } from '../policies/reopenReason';
import { FEEDBACK_PART_IDS, PROGRAMME_IDS, STAFF_ROLES, TRAJECT_ROLES } from '../programmes';
import { timestampLikeSchema } from './timestamp';

// The collection names, paths and ids live in ./formPaths.ts (no zod), re-exported here: a bundle that only
// needs a path (the web app's form route, docs/architecture.md) then leaves the schemas and zod out.
export * from './formPaths';

/**
 * A part is named by the role that fills it: a traject role or, for a decision, a staff role; a feedback giver's
 * part by its slot (`feedback_1`..; policies/feedbackGivers.ts).
 */
export const partIdSchema = z.enum([...TRAJECT_ROLES, ...STAFF_ROLES, ...FEEDBACK_PART_IDS]);

/** Who was named for a part by link, and by whom (domain policies/invitation.ts); written by inviteRater. */
export const partDesignationSchema = designationSchema(timestampLikeSchema);
export type PartDesignation = z.infer<typeof partDesignationSchema>;

/** One entry of the envelope's parts index (`parts.{partId}`), kept by partWritten and the schedule. */
export const partIndexEntrySchema = z.object({
  role: partIdSchema,
  raterUids: z.array(z.string()),
  status: z.enum(PART_STATUSES),
  submittedAt: timestampLikeSchema.optional(),
});
export type PartIndexEntry = z.infer<typeof partIndexEntrySchema>;

/** The conditions of a decision "door onder voorwaarden", on its follow-up's envelope (policies/voortgangsbeslissing.ts). */
export const voorwaardenSchema = z.object({
  tekst: z.string().min(1).max(2000),
  /** The day by which the conditions are to be met: the follow-up's due day. */
  uiterlijk: isoDateSchema,
  /** The decision form they come from. */
  beslissing: z.string().min(1),
});
export type Voorwaarden = z.infer<typeof voorwaardenSchema>;

export const formEnvelopeSchema = z.looseObject({
  instituteId: z.string().min(1),
  trajectId: z.string().min(1),
  programme: z.enum(PROGRAMME_IDS),
  formType: z.enum(FORM_TYPES),
  occurrenceKey: z.string().min(1),
  title: z.string().min(1),
  /** Denormalised from the traject for lists and reminder mails. */
  traineeName: z.string().optional(),
  /** 'schedule': created and kept in step by the traject's schedule (syncTrajectForms); ad-hoc forms have none. */
  // 'summatief': created by the server after a go / no-go on a summative request (domain policies/summatief.ts),
  // then kept in step with the traject's roles like a scheduled form.
  origin: z.enum(['schedule', 'summatief']).optional(),
  leohKind: z.enum(LEOH_KINDS).optional(),
  subjectUid: z.string().optional(),
  opensAt: timestampLikeSchema,
  dueAt: timestampLikeSchema,
  remindFrom: timestampLikeSchema,
  closesAt: timestampLikeSchema.nullable(),
  status: z.enum(FORM_STATUSES),
  /** Late registration (schedule/lateRegistration.ts): the window had closed when the form was first created. */
  lateRegistration: z.boolean().optional(),
  /** Late registration, 'niet van toepassing': the secretariat's reason; the form is then 'vervallen'. */
  notApplicable: z.object({ reason: z.string() }).optional(),
  /** Dossier LEOh only: when and by whom (the opleider) it was handed in. */
  ingediendAt: timestampLikeSchema.optional(),
  ingediendBy: z.string().optional(),
  parts: z.partialRecord(partIdSchema, partIndexEntrySchema),
  raterUids: z.array(z.string()),
  readerUids: z.array(z.string()),
  staffVisible: z.boolean(),
  revealed: z.boolean(),
  /** The reminder job's index: set while a part is open, null when done. */
  nextReminderAt: timestampLikeSchema.nullable(),
  /** Per part: who was named for it by link (the part's `designation` without the address). */
  designations: z.partialRecord(partIdSchema, partDesignationSchema).optional(),
  /** Per part: the Amsterdam day the secretariat last sent "herinner nu" (remindNow). */
  remindedOn: z.partialRecord(partIdSchema, isoDateSchema).optional(),
  /** Per part: the secretariat's latest reopening (reopenPart), so the form's overview says why it is open again. */
  reopened: z.partialRecord(partIdSchema, reopenedSchema(timestampLikeSchema)).optional(),
  /** Learner report only: whom its teacher shared it with (callable shareLearnerReport; in readerUids too). */
  sharedWith: z.array(z.string()).optional(),
  /** Voortgangsbeslissing only: the opleider's and the docenten's advice are in (server; the part has it too). */
  adviceComplete: z.boolean().optional(),
  /** Voorwaarden_vervolg only: the conditions and their deadline, copied from the decision by the server. */
  voorwaarden: voorwaardenSchema.optional(),
});
export type FormEnvelope = z.infer<typeof formEnvelopeSchema>;

/** Why a submission went back to draft: a Dutch reason (domain checkSubmission) and the issues by answer path. */
export const returnedSchema = z.object({
  at: timestampLikeSchema,
  reason: z.string().min(1),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type Returned = z.infer<typeof returnedSchema>;

export const partDocSchema = z.looseObject({
  instituteId: z.string().min(1),
  trajectId: z.string().min(1),
  formId: z.string().min(1),
  formType: z.enum(FORM_TYPES),
  role: partIdSchema,
  leohKind: z.enum(LEOH_KINDS).optional(),
  subjectUid: z.string().optional(),
  raterUids: z.array(z.string()),
  opensAt: timestampLikeSchema,
  closesAt: timestampLikeSchema.nullable(),
  status: z.enum(PART_STATUSES),
  /** The form's answers; their shape is the form's zod schema (answersSchema / draftSchema). */
  answers: z.record(z.string(), z.unknown()),
  schemaVersion: z.number().int().min(1),
  version: z.number().int().min(1),
  revealed: z.boolean(),
  /** Null only while a client's serverTimestamp() is pending and read without an estimate. */
  updatedAt: timestampLikeSchema.nullable().optional(),
  updatedBy: z.string().nullable().optional(),
  submittedAt: timestampLikeSchema.nullable().optional(),
  /** Set by inviteRater when someone was invited or named for this part by link. */
  designation: partDesignationSchema.optional(),
  /** Set by partWritten when a submission failed the form's checks and went back to draft; cleared by the next
   *  accepted submission (docs/data-model.md). */
  returned: returnedSchema.optional(),
  /** Set by reopenPart: the secretariat reopened the submitted part (docs/data-model.md, "Corrections"). */
  reopened: reopenedSchema(timestampLikeSchema).optional(),
  /** Why this version replaced the one before (the reopening's reason). */
  correctionReason: z.string().optional(),
  /** Voortgangsbeslissing only, server: the advice is in, so the hoofd opleiding may write (rules, partChangeValid). */
  adviceComplete: z.boolean().optional(),
});
export type PartDoc = z.infer<typeof partDocSchema>;

/** The parts index entry of a part named by a plain string (a callable's input, a document id); absent: no such part. */
export const partEntryOf = (
  envelope: Pick<FormEnvelope, 'parts'>,
  partId: string,
): PartIndexEntry | undefined => (envelope.parts as Partial<Record<string, PartIndexEntry>>)[partId];
