// Server-side shapes of the form envelope (forms/{formId}) and a rater's part (forms/{formId}/parts/{partId}),
// docs/data-model.md. Reads are parsed (loose: fields other features add are kept, not refused); writes
// are built from these types so a field can't be misspelt.
import {
  designationSchema,
  FORM_STATUSES,
  FORM_TYPES,
  LEOH_KINDS,
  PART_STATUSES,
  PROGRAMME_IDS,
  type FormStatus,
  type FormType,
  type LeohKind,
  type PartStatus,
  type ProgrammeId,
} from '@praktijkvolg/domain';
import { Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import { z } from 'zod';

export const FORMS_COLLECTION = 'forms';
export const PARTS_COLLECTION = 'parts';
export const formPath = (formId: string) => `${FORMS_COLLECTION}/${formId}`;
export const partPath = (formId: string, partId: string) =>
  `${FORMS_COLLECTION}/${formId}/${PARTS_COLLECTION}/${partId}`;

export const timestampSchema = z.instanceof(Timestamp, { message: 'expected a Firestore Timestamp' });

/** Who was named for a part by link, and by whom (domain policies/invitation.ts); written by inviteRater. */
export const partDesignationSchema = designationSchema(timestampSchema);
export type PartDesignation = z.infer<typeof partDesignationSchema>;

export const envelopePartSchema = z.object({
  role: z.string().min(1),
  raterUids: z.array(z.string()),
  status: z.enum(PART_STATUSES),
  submittedAt: timestampSchema.optional(),
});
export type EnvelopePart = z.infer<typeof envelopePartSchema>;

export const formEnvelopeSchema = z.looseObject({
  instituteId: z.string().min(1),
  trajectId: z.string().min(1),
  programme: z.enum(PROGRAMME_IDS),
  formType: z.enum(FORM_TYPES),
  occurrenceKey: z.string().min(1),
  title: z.string().min(1),
  /** Denormalised from the traject for lists and reminder mails. */
  traineeName: z.string().optional(),
  leohKind: z.enum(LEOH_KINDS).optional(),
  subjectUid: z.string().optional(),
  opensAt: timestampSchema,
  dueAt: timestampSchema,
  remindFrom: timestampSchema,
  closesAt: timestampSchema.nullable(),
  status: z.enum(FORM_STATUSES),
  parts: z.record(z.string(), envelopePartSchema),
  raterUids: z.array(z.string()),
  readerUids: z.array(z.string()),
  staffVisible: z.boolean(),
  revealed: z.boolean(),
  nextReminderAt: timestampSchema.nullable(),
  /** 'schedule': created and kept in step by the traject's schedule (syncTrajectForms); ad-hoc forms have none. */
  origin: z.literal('schedule').optional(),
  /** Per part: who was named for it by link (the part's `designation` without the address). */
  designations: z.record(z.string(), partDesignationSchema).optional(),
});
export type FormEnvelope = z.infer<typeof formEnvelopeSchema>;

/** Why a submission went back to draft: a Dutch reason (domain checkSubmission) and the issues by answer path. */
export const returnedSchema = z.object({
  at: timestampSchema,
  reason: z.string().min(1),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type Returned = z.infer<typeof returnedSchema>;

export const partDocSchema = z.looseObject({
  instituteId: z.string().min(1),
  trajectId: z.string().min(1),
  formId: z.string().min(1),
  formType: z.enum(FORM_TYPES),
  role: z.string().min(1),
  leohKind: z.enum(LEOH_KINDS).optional(),
  subjectUid: z.string().optional(),
  raterUids: z.array(z.string()),
  opensAt: timestampSchema,
  closesAt: timestampSchema.nullable(),
  status: z.enum(PART_STATUSES),
  answers: z.record(z.string(), z.unknown()),
  schemaVersion: z.number().int().min(1),
  version: z.number().int().min(1),
  revealed: z.boolean(),
  updatedAt: timestampSchema.optional(),
  updatedBy: z.string().nullable().optional(),
  submittedAt: timestampSchema.optional(),
  /** Set by inviteRater when someone was invited or named for this part by link. */
  designation: partDesignationSchema.optional(),
  /** Set by partWritten when a submission failed the form's checks and went back to draft; cleared by the next
   *  accepted submission (docs/data-model.md). */
  returned: returnedSchema.optional(),
});
export type PartDoc = z.infer<typeof partDocSchema>;

export function parseEnvelope(snap: DocumentSnapshot): FormEnvelope | null {
  if (!snap.exists) return null;
  const parsed = formEnvelopeSchema.safeParse(snap.data());
  if (!parsed.success) throw new Error(`Invalid form envelope ${snap.ref.path}: ${parsed.error.message}`);
  return parsed.data;
}

export function parsePart(snap: DocumentSnapshot): PartDoc | null {
  if (!snap.exists) return null;
  const parsed = partDocSchema.safeParse(snap.data());
  if (!parsed.success) throw new Error(`Invalid form part ${snap.ref.path}: ${parsed.error.message}`);
  return parsed.data;
}

export type { FormStatus, FormType, LeohKind, PartStatus, ProgrammeId };
