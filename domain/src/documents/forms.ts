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
import { reopenedSchema } from '../policies/reopenPart';
import { PROGRAMME_IDS, STAFF_ROLES, TRAJECT_ROLES } from '../programmes';
import { timestampLikeSchema } from './timestamp';

export const FORMS_COLLECTION = 'forms' as const;
export const PARTS_COLLECTION = 'parts' as const;
export const formPath = (formId: string) => `${FORMS_COLLECTION}/${formId}`;
/** Typed as a template, so a trigger's pattern (`partPath('{formId}', '{partId}')`) keeps its typed params. */
export const partPath = <F extends string, P extends string>(formId: F, partId: P) =>
  `${FORMS_COLLECTION}/${formId}/${PARTS_COLLECTION}/${partId}` as const;

/** Separates the traject from the occurrence in a formId: `{trajectId}__{occurrenceKey}`. */
export const FORM_ID_SEPARATOR = '__';
/** The deterministic formId of an occurrence: recomputing a schedule overwrites, never duplicates. */
export const formIdOf = (trajectId: string, occurrenceKey: string) =>
  `${trajectId}${FORM_ID_SEPARATOR}${occurrenceKey}`;
/** The trajectId is the first segment of the formId (the whole id when it has no separator). */
export const trajectIdOfForm = (formId: string): string => formId.split(FORM_ID_SEPARATOR)[0] ?? formId;
/** Every formId of a traject starts with this (a range over the ids, e.g. for audit targets). */
export const formIdPrefixOf = (trajectId: string) => `${trajectId}${FORM_ID_SEPARATOR}`;

/** A part is named by the role that fills it: a traject role or, for a decision, a staff role. */
export const partIdSchema = z.enum([...TRAJECT_ROLES, ...STAFF_ROLES]);

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
});
export type PartDoc = z.infer<typeof partDocSchema>;

/** The parts index entry of a part named by a plain string (a callable's input, a document id); absent: no such part. */
export const partEntryOf = (
  envelope: Pick<FormEnvelope, 'parts'>,
  partId: string,
): PartIndexEntry | undefined => (envelope.parts as Partial<Record<string, PartIndexEntry>>)[partId];
